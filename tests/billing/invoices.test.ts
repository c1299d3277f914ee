import { describe, expect, it, vi } from "vitest";
import { listInvoices, startCheckout } from "@/lib/billing/stripe";
import { resetEnvForTests } from "@/lib/env";
import { useTestDb } from "../helpers/db";
import { createTestOrg } from "../dashboard/settings-session";
import { createOrg } from "../pipeline/world";
import { send, sessionIdOf, subOf, useLocalStripe } from "./local-stripe";

vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
});
useTestDb();
const stripe = useLocalStripe();

// The Billing page's invoices: the SDK's invoices.list against the local Stripe, for admins.

describe("invoices", () => {
  it("an organization that never paid has none (no Stripe customer yet)", async () => {
    const org = await createOrg(100, "free");
    expect(await listInvoices(org.claims, org.orgId)).toEqual({
      state: "no_customer",
      invoices: [],
    });
  });

  it("lists the organization's invoices newest first, and only its own", async () => {
    const org = await createOrg(100, "free");
    const other = await createOrg(100, "free");
    for (const o of [other, org]) {
      const { url } = await startCheckout(o.claims, o.orgId, { kind: "subscription", plan: "pro" });
      await send(...stripe.world.completeCheckout(sessionIdOf(url)));
    }
    const subId = [...stripe.server.subscriptions.values()].at(-1)!.id;
    await send(stripe.world.renew(subId));
    const list = await listInvoices(org.claims, org.orgId);
    expect(list.state).toBe("ok");
    expect(list.invoices).toHaveLength(2);
    expect(list.invoices.map((i) => i.status)).toEqual(["paid", "paid"]);
    expect(list.invoices[0]!.created >= list.invoices[1]!.created).toBe(true);
    expect(list.invoices[0]).toMatchObject({ total: 14_900, amountPaid: 14_900, currency: "usd" });
    expect(list.invoices[0]!.hostedUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/i\//);
    const listed = stripe.server.requests.filter((r) => r.path === "/v1/invoices").at(-1)!;
    expect(listed.body.customer).toBe((await subOf(org.orgId)).stripe_customer_id);
  });

  it("members are refused; Stripe down is 'unavailable'; no keys is 'not configured'", async () => {
    const org = await createTestOrg("Invoices Org");
    await expect(listInvoices(org.member.claims, org.orgId)).rejects.toMatchObject({
      status: 403,
    });
    const { url } = await startCheckout(org.admin.claims, org.orgId, { kind: "pack", pack: "1k" });
    expect(url).toContain("/c/pay/");
    const base = process.env.STRIPE_API_BASE;
    process.env.STRIPE_API_BASE = "http://127.0.0.1:9"; // nothing listens there
    resetEnvForTests();
    expect((await listInvoices(org.admin.claims, org.orgId)).state).toBe("unavailable");
    process.env.STRIPE_API_BASE = base;
    const key = process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_SECRET_KEY;
    resetEnvForTests();
    expect(await listInvoices(org.admin.claims, org.orgId)).toEqual({
      state: "not_configured",
      invoices: [],
    });
    process.env.STRIPE_SECRET_KEY = key;
    resetEnvForTests();
  });
});
