import { asServiceRole, withUser, type JwtClaims, type Tx } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { requireMembership } from "@/lib/orgs";
import { ZAutoTopUpSettingsSchema, type AutoTopUpSettings } from "../schemas";
import { stripeConfigured } from "../stripe/client";

// The organization's auto top-up: off unless an admin turns it on. Any member reads its state
// (the Billing page shows when it is paused and why); only admins change it.

export interface AutoTopUpState extends AutoTopUpSettings {
  pausedAt: string | null;
  pausedReason: string | null;
  /** Attempts this calendar month (UTC), failed ones included: they count toward the maximum. */
  usedThisMonth: number;
}

const OFF: AutoTopUpSettings = { enabled: false, threshold: 100, pack: "1k", max_per_month: 3 };

export async function attemptsThisMonth(tx: Tx, orgId: string, now = new Date()): Promise<number> {
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const row = await tx
    .selectFrom("auto_topup_attempts")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("org_id", "=", orgId)
    .where("created_at", ">=", monthStart)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getAutoTopUp(claims: JwtClaims, orgId: string): Promise<AutoTopUpState> {
  return withUser(claims, async (tx) => {
    const row = await tx
      .selectFrom("auto_topups")
      .selectAll()
      .where("org_id", "=", orgId)
      .executeTakeFirst();
    return {
      ...(row
        ? {
            enabled: row.enabled,
            threshold: row.threshold,
            pack: row.pack,
            max_per_month: row.max_per_month,
          }
        : OFF),
      pausedAt: row?.paused_at ? new Date(row.paused_at).toISOString() : null,
      pausedReason: row?.paused_reason ?? null,
      usedThisMonth: await attemptsThisMonth(tx, orgId),
    };
  });
}

/** Saves the settings (admins); saving also lifts a pause, as the admin has seen it. */
export async function saveAutoTopUp(
  claims: JwtClaims,
  orgId: string,
  input: unknown,
): Promise<AutoTopUpSettings> {
  const parsed = ZAutoTopUpSettingsSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The auto top-up settings are invalid");
  await withUser(claims, (tx) => requireMembership(tx, claims.sub, orgId, ["admin"]));
  const s = parsed.data;
  if (s.enabled && !stripeConfigured())
    throw new AppError(
      "billing_not_configured",
      "Auto top-up buys credits through Stripe, which is not configured on this installation",
    );
  await asServiceRole(async (tx) => {
    const values = {
      enabled: s.enabled,
      threshold: s.threshold,
      pack: s.pack,
      max_per_month: s.max_per_month,
      paused_at: null,
      paused_reason: null,
      updated_by: claims.sub,
      updated_at: new Date(),
    };
    await tx
      .insertInto("auto_topups")
      .values({ org_id: orgId, ...values })
      .onConflict((oc) => oc.column("org_id").doUpdateSet(values))
      .execute();
    await tx
      .insertInto("audit_log")
      .values({
        org_id: orgId,
        actor_id: claims.sub,
        action: "billing.auto_topup_updated",
        target_type: "organization",
        target_id: orgId,
        metadata: JSON.stringify(s),
      })
      .execute();
  });
  return s;
}
