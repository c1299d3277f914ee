import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { useTestDb } from "../helpers/db";
import { createTestOrg, mockSession, signedIn, type TestOrg } from "../dashboard/settings-session";
import { StripeServer } from "./stripe-server";

vi.mock("@/lib/auth", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth")>()),
  requireSession: mockSession,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { openPortalAction, startCheckoutAction } = await import("@/lib/billing/actions");
useTestDb();

// The Billing page's buttons call these actions: admins get a Stripe URL, members and viewers
// (who see plan and balance without buttons) are refused if they call them anyway.
let server: StripeServer;
let org: TestOrg;
beforeAll(async () => {
  server = await new StripeServer("sk_test_actions").start();
  Object.assign(process.env, { STRIPE_SECRET_KEY: "sk_test_actions", STRIPE_API_BASE: server.url });
  resetEnvForTests();
  org = await createTestOrg("Billing Org");
});
afterAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_API_BASE;
  resetEnvForTests();
  await server?.close();
});

describe("billing actions", () => {
  it("an admin gets a Checkout URL for a plan and for a pack", async () => {
    signedIn.user = org.admin;
    const plan = await startCheckoutAction({ kind: "subscription", plan: "starter" });
    expect(plan).toMatchObject({ ok: true, data: { kind: "checkout" } });
    if (plan.ok) expect(plan.data.url.startsWith(`${server.url}/c/pay/`)).toBe(true);
    const pack = await startCheckoutAction({ kind: "pack", pack: "25k" });
    expect(pack.ok).toBe(true);
    // One customer for the organization, however many sessions.
    expect(server.customers.size).toBe(1);
  });

  it("members and viewers are refused; bad input is a field error", async () => {
    for (const user of [org.member, org.viewer]) {
      signedIn.user = user;
      expect(await startCheckoutAction({ kind: "pack", pack: "1k" })).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
      expect(await openPortalAction({})).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    signedIn.user = org.admin;
    const bad = await startCheckoutAction({ kind: "pack", pack: "2k" } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: "validation_failed" } });
  });
});
