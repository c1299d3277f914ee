import { RoleBadge } from "@/components/dashboard/role-badge";
import type { Role } from "@/lib/orgs/schemas";
import { MemberActions } from "./member-actions";

export interface MemberRow {
  userId: string;
  email: string;
  fullName: string | null;
  role: Role;
  joinedAt: string;
}

const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** The roster. Admins get role and remove controls per row; everyone else a read-only list. */
export function MemberList({
  orgId,
  members,
  currentUserId,
  canManage,
}: {
  orgId: string;
  members: MemberRow[];
  currentUserId: string;
  canManage: boolean;
}) {
  return (
    <ul aria-label="Members" className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {members.map((m) => {
        const you = m.userId === currentUserId;
        return (
          <li
            key={m.userId}
            className="flex flex-wrap items-center gap-3 py-3 first:pt-0 last:pb-0"
          >
            <span
              aria-hidden
              className="inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-zinc-200 text-sm font-semibold text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
            >
              {(m.fullName || m.email).charAt(0).toUpperCase()}
            </span>
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm font-medium">
                {m.fullName || m.email}
                {you && <span className="ml-1.5 text-xs font-normal text-zinc-500">(you)</span>}
              </p>
              <p className="truncate text-xs text-zinc-500">
                {m.fullName ? `${m.email} · ` : ""}Joined {date.format(new Date(m.joinedAt))}
              </p>
            </div>
            {canManage ? (
              <MemberActions
                orgId={orgId}
                userId={m.userId}
                email={m.email}
                role={m.role}
                you={you}
              />
            ) : (
              <RoleBadge role={m.role} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
