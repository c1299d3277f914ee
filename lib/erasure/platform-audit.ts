import type { Tx } from "@/lib/db";
import type { AuditAction, AuditTargetType } from "@/lib/audit/schemas";

/**
 * An audit entry about something that no longer exists — a deleted organization or account —
 * kept with org_id null, since an organization's own entries go with it. Only the service role
 * reads these (no member of any organization can). Metadata holds counts and plan names, never
 * the deleted names or addresses.
 */
export async function recordPlatformAudit(
  tx: Tx,
  entry: {
    actorId: string | null;
    action: AuditAction;
    targetType: AuditTargetType;
    targetId: string | null;
    metadata: Record<string, unknown>;
  },
): Promise<void> {
  await tx
    .insertInto("audit_log")
    .values({
      org_id: null,
      actor_id: entry.actorId,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      metadata: JSON.stringify(entry.metadata),
    })
    .execute();
}
