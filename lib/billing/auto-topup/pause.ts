import type { Tx } from "@/lib/db";

/** Pauses auto top-up (nothing is tried until an admin saves it again) and audits why. */
export async function pauseAutoTopUp(
  tx: Tx,
  orgId: string,
  reason: string,
  details: Record<string, unknown>,
): Promise<void> {
  await tx
    .updateTable("auto_topups")
    .set({ paused_at: new Date(), paused_reason: reason })
    .where("org_id", "=", orgId)
    .execute();
  await tx
    .insertInto("audit_log")
    .values({
      org_id: orgId,
      actor_id: null,
      action: "billing.auto_topup_paused",
      target_type: "organization",
      target_id: orgId,
      metadata: JSON.stringify({ reason, ...details }),
    })
    .execute();
}
