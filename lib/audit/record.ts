import type { Tx } from "@/lib/db";
import type { AuditAction, AuditTargetType } from "./schemas";

export interface AuditRecord {
  orgId: string;
  actorId: string;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string | null;
  metadata?: Record<string, unknown>;
}

/**
 * One audit row in the caller's transaction, so a change and its record land together (or
 * neither does). Runs as the actor: the insert policy lets members append entries in their own
 * name only, and nobody may edit or delete one.
 */
export async function recordAudit(tx: Tx, entry: AuditRecord): Promise<void> {
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
