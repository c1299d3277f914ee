import type { Tx } from "@/lib/db";

export type OrgAuditAction =
  | "organization.renamed"
  | "invitation.created"
  | "invitation.revoked"
  | "member.role_changed"
  | "member.removed"
  | "member.left";

/** One audit row in the caller's transaction, so a change and its record land together. */
export async function recordAudit(
  tx: Tx,
  entry: {
    orgId: string;
    actorId: string;
    action: OrgAuditAction;
    targetType: "organization" | "invitation" | "member";
    targetId: string;
    metadata?: Record<string, unknown>;
  },
): Promise<void> {
  await tx
    .insertInto("audit_log")
    .values({
      org_id: entry.orgId,
      actor_id: entry.actorId,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      metadata: JSON.stringify(entry.metadata ?? {}),
    })
    .execute();
}
