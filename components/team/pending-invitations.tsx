import { Mail } from "lucide-react";
import { RoleBadge } from "@/components/dashboard/role-badge";
import { Badge } from "@/components/ui/badge";
import type { Role } from "@/lib/orgs/schemas";
import { RevokeInvitationButton } from "./revoke-invitation-button";

export interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  expired: boolean;
  expiresAt: string;
}

const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function PendingInvitations({
  orgId,
  invitations,
}: {
  orgId: string;
  invitations: InvitationRow[];
}) {
  if (invitations.length === 0) {
    return <p className="text-sm text-zinc-500">No pending invitations.</p>;
  }
  return (
    <ul aria-label="Pending invitations" className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {invitations.map((i) => (
        <li key={i.id} className="flex flex-wrap items-center gap-3 py-3 first:pt-0 last:pb-0">
          <Mail aria-hidden className="size-4 shrink-0 text-zinc-400" />
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium">{i.email}</p>
            <p className="text-xs text-zinc-500">
              {i.expired ? "Expired" : "Expires"} {date.format(new Date(i.expiresAt))}
            </p>
          </div>
          {i.expired && <Badge tone="amber">Expired</Badge>}
          <RoleBadge role={i.role} />
          <RevokeInvitationButton orgId={orgId} invitationId={i.id} email={i.email} />
        </li>
      ))}
    </ul>
  );
}
