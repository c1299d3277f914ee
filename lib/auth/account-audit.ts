import type { Tx } from "@/lib/db";
import type { AuditAction } from "@/lib/audit";

/**
 * An account-level change (password, email, sessions) in the audit log of every organization the
 * user belongs to: their admins see that a member's credentials changed, never the secret itself.
 * Runs in the caller's service-role transaction.
 */
export async function recordAccountEvent(
  tx: Tx,
  userId: string,
  action: AuditAction,
  metadata: Record<string, unknown>,
): Promise<void> {
  const orgs = await tx
    .selectFrom("team_members")
    .select("org_id")
    .where("user_id", "=", userId)
    .execute();
  if (!orgs.length) return;
  await tx
    .insertInto("audit_log")
    .values(
      orgs.map((o) => ({
        org_id: o.org_id,
        actor_id: userId,
        action,
        target_type: "member",
        target_id: userId,
        metadata: JSON.stringify(metadata),
      })),
    )
    .execute();
}
