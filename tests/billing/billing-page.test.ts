import { renderToString } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { asServiceRole } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { getCurrentOrg } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createTestOrg, mockSession, signedIn, type TestOrg } from "../dashboard/settings-session";

// Settings › Billing rendered as the server renders it, for each role: admins get the Stripe
// buttons, members and viewers see plan and balance only; banners for past due and no credits.
vi.mock("@/app/(dashboard)/request-context", () => ({
  loadDashboardContext: async () => {
    const session = await mockSession();
    const { current, memberships } = await getCurrentOrg(session.claims);
    return { session, current, memberships };
  },
}));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {} }) }));
const { default: BillingPage } = await import("@/app/(dashboard)/settings/billing/page");
useTestDb();

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg("Billing Page Org");
});
afterEach(() => {
  delete process.env.STRIPE_SECRET_KEY;
  resetEnvForTests();
});

async function render(): Promise<string> {
  const page = await BillingPage({ searchParams: Promise.resolve({}) });
  return renderToString(page!);
}

describe("Settings › Billing", () => {
  it("without Stripe: the plans, the buckets and 'not configured'; no buttons for anyone", async () => {
    signedIn.user = org.admin;
    const html = await render();
    expect(html).toContain("Billing is not configured");
    expect(html).toContain("Allowance left");
    expect(html).not.toContain("Upgrade to");
    // The usage chart's figures (a new organization has used nothing) and the invoices' empty state.
    expect(html).toContain("Credits used per day");
    expect(html).toMatch(/>0<!-- --> credits used from/);
    expect(html).toContain("so there are no invoices");
  });

  it("with Stripe: admins get Upgrade and Buy credits; members and viewers do not", async () => {
    process.env.STRIPE_SECRET_KEY = "sk_test_page";
    resetEnvForTests();
    signedIn.user = org.admin;
    const admin = await render();
    expect(admin).toContain("Upgrade to Pro");
    expect(admin).toContain("Buy credits");
    expect(admin).toContain("Invoices appear here once the organization pays");
    expect(admin).toContain("Save auto top-up");
    for (const user of [org.member, org.viewer]) {
      signedIn.user = user;
      const html = await render();
      expect(html).toContain("Free");
      expect(html).toContain("Purchased credits");
      expect(html).not.toContain("Upgrade to");
      expect(html).not.toContain("Buy credits");
      expect(html).toContain("Only admins of this organization manage billing");
      expect(html).toContain("Credits used per day");
      expect(html).not.toContain("Invoices");
      expect(html).toContain("Auto top-up");
      expect(html).not.toContain("Save auto top-up");
    }
  });

  it("past due and out of credits show banners", async () => {
    await asServiceRole(async (tx) => {
      await tx
        .updateTable("subscriptions")
        .set({ status: "past_due" })
        .where("org_id", "=", org.orgId)
        .execute();
      await tx.updateTable("credits").set({ balance: 0 }).where("org_id", "=", org.orgId).execute();
    });
    await asServiceRole((tx) =>
      tx
        .insertInto("auto_topups")
        .values({
          org_id: org.orgId,
          enabled: true,
          threshold: 50,
          pack: "1k",
          max_per_month: 2,
          paused_at: new Date(),
          paused_reason: "the card needs the cardholder to authenticate the payment (SCA)",
        })
        .execute(),
    );
    signedIn.user = org.member;
    const html = await render();
    expect(html).toMatch(/Auto top-up is paused: (<!-- -->)?the card needs the cardholder/);
    expect(html).toContain("new jobs are paused");
    expect(html).toContain("Out of credits");
  });
});
