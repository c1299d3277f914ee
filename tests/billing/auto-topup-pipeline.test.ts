import { describe, expect, it, vi } from "vitest";
import { ensureCustomer } from "@/lib/billing/stripe";
import { asServiceRole } from "@/lib/db";
import { createJob } from "@/lib/jobs";
import { useExecutorDb } from "../inngest/harness";
import { createOrg, usePipelineWorld, waitForJobEnd } from "../pipeline/world";
import { bucketsOf, send, useLocalStripe } from "./local-stripe";

vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1,localhost";
});
useExecutorDb();
const world = usePipelineWorld([2]);
const stripe = useLocalStripe();

// The whole loop under the real pipeline: a job's charge leaves the balance under the threshold,
// the settle step says so, the billing-auto-topup function buys the pack off-session once for
// that trigger, and the webhook lands the credits.

const attemptsOf = (orgId: string) =>
  asServiceRole((tx) =>
    tx.selectFrom("auto_topup_attempts").selectAll().where("org_id", "=", orgId).execute(),
  );

describe("auto top-up from the job pipeline", () => {
  it("a charge under the threshold buys one pack; its webhook lands the credits", async () => {
    const { orgId, claims } = await createOrg(100, "pro");
    const customer = await ensureCustomer(orgId);
    stripe.world.setCard(customer, "pm_card_visa");
    await asServiceRole((tx) =>
      tx
        .insertInto("auto_topups")
        .values({ org_id: orgId, enabled: true, threshold: 500, pack: "1k", max_per_month: 3 })
        .execute(),
    );
    const job = await createJob(claims, orgId, { type: "bulk", urls: world.web.urls }, {});
    await waitForJobEnd(job.id);
    // Two URLs charged under the threshold: one attempt for the trigger, however many charges.
    await expect.poll(() => attemptsOf(orgId), { timeout: 120_000 }).toHaveLength(1);
    await expect
      .poll(async () => (await attemptsOf(orgId))[0]!.status, { timeout: 120_000 })
      .toBe("processing");
    const intents = [...stripe.server.paymentIntents.values()].filter(
      (p) => p.customer === customer,
    );
    expect(intents).toHaveLength(1);
    const before = await bucketsOf(orgId);
    await send(stripe.world.paymentIntentOutcome(intents[0]!.id));
    expect(await bucketsOf(orgId)).toMatchObject({
      balance: before.balance + 1_000,
      purchased: before.purchased + 1_000,
    });
  }, 300_000);
});
