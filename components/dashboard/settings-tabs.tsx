"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { href: "/settings/organization", label: "Organization" },
  { href: "/settings/team", label: "Team" },
  { href: "/settings/api-keys", label: "API keys" },
  { href: "/settings/webhooks", label: "Webhooks" },
  { href: "/settings/integrations", label: "Integrations" },
  { href: "/settings/forms", label: "Forms" },
  { href: "/settings/provider-keys", label: "Provider keys" },
  { href: "/settings/scoring", label: "Scoring rules" },
  { href: "/settings/billing", label: "Billing" },
  { href: "/settings/credits", label: "Credits & usage" },
  { href: "/settings/audit-log", label: "Audit log", adminOnly: true },
  { href: "/settings/account", label: "Account" },
] as const satisfies readonly { href: string; label: string; adminOnly?: boolean }[];

/** The settings tabs; admin-only ones (the audit log) are left out for members and viewers. */
export function SettingsTabs({ isAdmin = false }: { isAdmin?: boolean }) {
  const pathname = usePathname();
  const tabs = TABS.filter((t) => isAdmin || !("adminOnly" in t));
  return (
    <nav
      aria-label="Settings"
      className="flex gap-1 overflow-x-auto border-b border-zinc-200 dark:border-zinc-800"
    >
      {tabs.map(({ href, label }) => {
        // A webhook's own page sits under the Webhooks tab.
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? "page" : undefined}
            className={clsx(
              "-mb-px shrink-0 border-b-2 px-3 py-2 text-sm font-medium transition-colors",
              active
                ? "border-brand-600 text-zinc-900 dark:text-zinc-50"
                : "border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100",
            )}
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
