import { moveCredits } from "@/lib/credits";
import { asServiceRole } from "@/lib/db";
import { PLAN_SPECS, asPlan } from "./plans";

// The monthly allowance of every organization Stripe does not bill monthly: Free, plans set with
// `pnpm cli plan set`, and yearly subscriptions. Monthly subscriptions are topped up by their paid
// invoices (stripe/apply-event.ts) instead, so nothing is granted twice.

export const RENEWAL_BATCH = 200;

const addMonth = (d: Date) => {
  const next = new Date(d);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return next;
};

/**
 * Tops up each due organization's allowance to its plan's amount, once per renewal date (the
 * ledger key carries it), and moves its next renewal a month on (past any months missed while the
 * server was down, without granting them). An organization never renewed before only gets its
 * schedule: its first allowance came with sign-up. Returns how many organizations were handled;
 * a full batch means the caller should run it again.
 */
export async function renewDueAllowances(
  now = new Date(),
): Promise<{ handled: number; toppedUp: number }> {
  const due = await asServiceRole((tx) =>
    tx
      .selectFrom("subscriptions")
      .select("org_id")
      .where((eb) =>
        eb.and([
          eb.or([eb("stripe_subscription_id", "is", null), eb("billing_interval", "=", "year")]),
          eb.or([eb("allowance_renews_at", "is", null), eb("allowance_renews_at", "<=", now)]),
        ]),
      )
      .orderBy("allowance_renews_at")
      .limit(RENEWAL_BATCH)
      .execute(),
  );
  let toppedUp = 0;
  for (const { org_id: orgId } of due) {
    const moved = await asServiceRole(async (tx) => {
      const row = await tx
        .selectFrom("subscriptions")
        .select(["plan", "allowance_renews_at"])
        .where("org_id", "=", orgId)
        .forUpdate()
        .executeTakeFirst();
      if (!row) return 0;
      if (row.allowance_renews_at && row.allowance_renews_at > now) return 0; // done meanwhile
      let next = addMonth(row.allowance_renews_at ?? now);
      while (next <= now) next = addMonth(next);
      await tx
        .updateTable("subscriptions")
        .set({ allowance_renews_at: next })
        .where("org_id", "=", orgId)
        .execute();
      if (!row.allowance_renews_at) return 0;
      const plan = asPlan(row.plan);
      const when = row.allowance_renews_at.toISOString();
      return (
        (await moveCredits(tx, orgId, "allowance", PLAN_SPECS[plan].monthlyCredits, {
          key: `allowance:renewal:${when}`,
          description: `${PLAN_SPECS[plan].name} plan monthly allowance (${when.slice(0, 10)})`,
        })) ?? 0
      );
    });
    if (moved > 0) toppedUp += 1;
  }
  return { handled: due.length, toppedUp };
}
