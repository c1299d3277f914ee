import Link from "next/link";
import { SidebarNav } from "@/components/dashboard/sidebar-nav";
import { OrgSwitcher } from "@/components/dashboard/org-switcher";
import { UserMenu } from "@/components/dashboard/user-menu";
import { NoOrganization } from "@/components/orgs/no-organization";
import type { Role } from "@/lib/orgs/schemas";
import { loadDashboardContext } from "./request-context";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const { session, current, memberships } = await loadDashboardContext();
  const slim = (m: { id: string; name: string; role: Role }) => ({
    id: m.id,
    name: m.name,
    role: m.role,
  });

  return (
    <div className="flex min-h-screen flex-col bg-white md:flex-row dark:bg-zinc-950">
      <aside className="flex shrink-0 flex-col gap-4 border-b border-zinc-200 bg-zinc-50 p-3 md:sticky md:top-0 md:h-screen md:w-60 md:border-r md:border-b-0 dark:border-zinc-800 dark:bg-zinc-900/40">
        <Link
          href="/dashboard"
          className="px-2 pt-1 text-sm font-semibold tracking-wide text-brand-600 uppercase"
        >
          Leadscout
        </Link>
        {current && <OrgSwitcher current={slim(current)} memberships={memberships.map(slim)} />}
        <SidebarNav />
        <div className="md:mt-auto">
          <UserMenu email={session.user.email} />
        </div>
      </aside>
      <main id="main" className="min-w-0 flex-1">
        <div className="mx-auto w-full max-w-5xl px-4 py-8 md:px-8">
          {current ? children : <NoOrganization />}
        </div>
      </main>
    </div>
  );
}
