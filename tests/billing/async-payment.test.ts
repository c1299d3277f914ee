import { describe, expect, it, vi } from "vitest";
import { startCheckout } from "@/lib/billing/stripe";
import { useTestDb } from "../helpers/db";
import { createOrg } from "../pipeline/world";
import {
  auditOf,
  bucketsOf,
  ledgerOf,
  send,
  sessionIdOf,
  subOf,
  useLocalStripe,
} from "./local-stripe";

vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
});
useTestDb();
const stripe = useLocalStripe();

// Delayed payment methods (bank debits): Checkout completes unpaid and the money settles days
// later in checkout.session.async_payment_succeeded or _failed.

async function checkout(input: Parameters<typeof startCheckout>[2]) {
  const org = await createOrg(100, "free");
  const { url } = await startCheckout(org.claims, org.orgId, input);
  return { ...org, sessionId: sessionIdOf(url) };
}

describe("delayed payments", () => {
  it("a pack paid later: nothing at completion, credited once when the payment succeeds", async () => {
    const org = await checkout({ kind: "pack", pack: "5k" });
    await send(...stripe.world.completeCheckout(org.sessionId, { delayed: true }));
    expect((await bucketsOf(org.orgId)).purchased).toBe(0);
    const settled = stripe.world.settleDelayed(org.sessionId, true);
    await send(...settled);
    expect(await bucketsOf(org.orgId)).toMatchObject({ balance: 5_100, purchased: 5_000 });
    // The same success again, and a late copy of the (now paid) completion: no double credit.
    await send(...settled);
    const completedAgain = stripe.world.completeCheckout(org.sessionId);
    await send(...completedAgain);
    expect(await bucketsOf(org.orgId)).toMatchObject({ balance: 5_100, purchased: 5_000 });
    expect((await ledgerOf(org.orgId)).filter((t) => t.kind === "purchase")).toHaveLength(1);
  });

  it("a pack whose payment fails: nothing credited, the failure in the audit log", async () => {
    const org = await checkout({ kind: "pack", pack: "1k" });
    await send(...stripe.world.completeCheckout(org.sessionId, { delayed: true }));
    await send(...stripe.world.settleDelayed(org.sessionId, false));
    expect(await bucketsOf(org.orgId)).toMatchObject({ balance: 100, purchased: 0 });
    const failed = (await auditOf(org.orgId)).filter((a) => a.action === "billing.payment_failed");
    expect(failed).toHaveLength(1);
    expect(JSON.stringify(failed[0]!.metadata)).toContain(org.sessionId);
  });

  it("a subscription paid later: Free until it succeeds, then the plan and its allowance", async () => {
    const org = await checkout({ kind: "subscription", plan: "starter", interval: "year" });
    await send(...stripe.world.completeCheckout(org.sessionId, { delayed: true }));
    expect(await subOf(org.orgId)).toMatchObject({ plan: "free" });
    await send(...stripe.world.settleDelayed(org.sessionId, true));
    expect(await subOf(org.orgId)).toMatchObject({
      plan: "starter",
      status: "active",
      billing_interval: "year",
    });
    expect(await bucketsOf(org.orgId)).toMatchObject({ allowance: 2_000, purchased: 0 });
  });

  it("a subscription whose payment fails stays on Free", async () => {
    const org = await checkout({ kind: "subscription", plan: "pro" });
    await send(...stripe.world.completeCheckout(org.sessionId, { delayed: true }));
    await send(...stripe.world.settleDelayed(org.sessionId, false));
    expect(await subOf(org.orgId)).toMatchObject({ plan: "free", stripe_subscription_id: null });
    expect(await bucketsOf(org.orgId)).toMatchObject({ balance: 100 });
    expect((await auditOf(org.orgId)).map((a) => a.action)).toContain("billing.payment_failed");
  });
});
