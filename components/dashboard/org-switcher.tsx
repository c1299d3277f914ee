"use client";

import { Check, ChevronsUpDown, Plus } from "lucide-react";
import Link from "next/link";
import { switchOrgAction } from "@/lib/orgs/switch-actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { Membership } from "@/lib/orgs/types";
import { OrgAvatar } from "./org-avatar";
import { RoleBadge } from "./role-badge";

interface Props {
  current: Pick<Membership, "id" | "name" | "role">;
  memberships: Pick<Membership, "id" | "name" | "role">[];
}

export function OrgSwitcher({ current, memberships }: Props) {
  const { pending, error, submit } = useActionSubmit({
    action: (orgId: string) => switchOrgAction({ orgId }),
  });

  const choose = (orgId: string) => {
    if (orgId === current.id) return;
    submit(orgId);
  };

  return (
    <div>
      <DropdownMenu>
        <DropdownMenuTrigger
          aria-busy={pending || undefined}
          className="flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm font-medium hover:bg-zinc-200/50 focus-visible:outline-2 focus-visible:outline-brand-600 data-[state=open]:bg-zinc-200/50 dark:hover:bg-zinc-800 dark:data-[state=open]:bg-zinc-800"
        >
          <OrgAvatar id={current.id} name={current.name} />
          <span className="min-w-0 flex-1 truncate">{current.name}</span>
          <span className="sr-only">Switch organization</span>
          <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-zinc-500" />
        </DropdownMenuTrigger>
        <DropdownMenuContent className="w-64">
          <DropdownMenuLabel>Organizations</DropdownMenuLabel>
          {memberships.map((m) => (
            <DropdownMenuItem
              key={m.id}
              onSelect={() => choose(m.id)}
              aria-current={m.id === current.id || undefined}
            >
              <OrgAvatar id={m.id} name={m.name} />
              <span className="min-w-0 flex-1 truncate">{m.name}</span>
              <RoleBadge role={m.role} />
              {m.id === current.id ? (
                <Check aria-label="Current" className="size-4 text-brand-600" />
              ) : (
                <span className="size-4" />
              )}
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem asChild>
            <Link href="/organizations/new">
              <Plus aria-hidden className="size-4" />
              New organization
            </Link>
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {error && (
        <p role="alert" className="mt-1 px-2 text-xs text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
