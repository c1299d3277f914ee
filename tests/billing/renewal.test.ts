import { describe, expect, it, vi } from "vitest";
import { sendEvent } from "@/inngest/client";
import { billingAllowancesDue } from "@/inngest/events";
import { functions } from "@/inngest/functions";
import { RENEWAL_BATCH, renewDueAllowances } from "@/lib/billing/renew-allowances";
import { getCreditBuckets } from "@/lib/credits";
import { asServiceRole } from "@/lib/db";
import { useTestDb } from "../helpers/db";
import { endedRuns, startExecutor } from "../inngest/harness";
import { createOrg } from "../pipeline/world";

vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
});
useTestDb();

const bucketsOf = (orgId: string) => asServiceRole((tx) => getCreditBuckets(tx, orgId));
const setSub = (orgId: string, set: Record<string, unknown>) =>
  asServiceRole((tx) =>
    tx.updateTable("subscriptions").set(set).where("org_id", "=", orgId).execute(),
  );
const renewsAt = async (orgId: string) =>
  (
    await asServiceRole((tx) =>
      tx
        .selectFrom("subscriptions")
        .select("allowance_renews_at")
        .where("org_id", "=", orgId)
        .executeTakeFirstOrThrow(),
    )
  ).allowance_renews_at;
const past = new Date(Date.now() - 86_400_000);
/** Every due organization, batch after batch, as the scheduled function does (a shared Postgres
 * holds other test files' organizations too). */
async function renewAll() {
  while ((await renewDueAllowances()).handled === RENEWAL_BATCH);
}

describe("the monthly allowance without Stripe", () => {
  it("tops up what is due once per period, schedules new organizations, leaves monthly Stripe subscriptions to their invoices", async () => {
    const due = await createOrg(40, "starter"); // allowance 40 of Starter's 2,000
    const fresh = await createOrg(40, "free");
    const stripeMonthly = await createOrg(40, "pro");
    const yearly = await createOrg(40, "pro");
    await setSub(due.orgId, { allowance_renews_at: past });
    await setSub(stripeMonthly.orgId, {
      allowance_renews_at: past,
      stripe_subscription_id: `sub_m_${due.orgId}`,
      billing_interval: "month",
    });
    await setSub(yearly.orgId, {
      allowance_renews_at: past,
      stripe_subscription_id: `sub_y_${due.orgId}`,
      billing_interval: "year",
    });
    await renewAll();
    expect(await bucketsOf(due.orgId)).toMatchObject({ balance: 2_000, allowance: 2_000 });
    expect(await bucketsOf(yearly.orgId)).toMatchObject({ balance: 10_000 });
    expect(await bucketsOf(stripeMonthly.orgId)).toMatchObject({ balance: 40 });
    // A new organization only gets its schedule (its first allowance came with sign-up).
    expect(await bucketsOf(fresh.orgId)).toMatchObject({ balance: 40 });
    expect((await renewsAt(fresh.orgId))!.getTime()).toBeGreaterThan(Date.now());
    expect((await renewsAt(due.orgId))!.getTime()).toBeGreaterThan(Date.now());
    // Run again: nothing is due any more, nothing moves.
    await asServiceRole((tx) =>
      tx.updateTable("credits").set({ balance: 5 }).where("org_id", "=", due.orgId).execute(),
    );
    await renewAll();
    expect(await bucketsOf(due.orgId)).toMatchObject({ balance: 5 });
  });

  it("the scheduled function runs under the embedded executor, triggered by its event", async () => {
    const org = await createOrg(10, "free");
    await setSub(org.orgId, { allowance_renews_at: past });
    const executor = await startExecutor(functions);
    try {
      await sendEvent(billingAllowancesDue.create({ reason: "test" }));
      const [run] = await endedRuns("billing-renew-allowances");
      expect(run?.status).toBe("completed");
    } finally {
      await executor.stop();
    }
    expect(await bucketsOf(org.orgId)).toMatchObject({ balance: 100, allowance: 100 });
  });
});
