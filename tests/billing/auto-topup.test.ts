import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getAutoTopUp, runAutoTopUp, saveAutoTopUp } from "@/lib/billing/auto-topup";
import { startCheckout } from "@/lib/billing/stripe";
import { grantCredits } from "@/lib/billing/admin";
import { asServiceRole } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { useTestDb } from "../helpers/db";
import { createTestOrg, type TestOrg } from "../dashboard/settings-session";
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

// Auto top-up: under the threshold, a pack bought off-session with the saved card (a confirmed
// PaymentIntent through the SDK against the local Stripe); credits land only from the webhook,
// once; a card needing authentication pauses it and emails the admins; a failed charge is tried
// once per trigger and counts toward the month's maximum.

const inbox: { to: string[]; body: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, done) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      inbox.push({
        to: session.envelope.rcptTo.map((r) => r.address),
        body: Buffer.concat(chunks).toString("utf8"),
      });
      done();
    });
  },
});
beforeAll(async () => {
  smtp.listen(0, "127.0.0.1");
  await once(smtp.server, "listening");
});
afterAll(async () => {
  await new Promise<void>((r) => smtp.close(() => r()));
});

/** An organization that bought a 1k pack through Checkout, so Stripe has its card. */
async function withSavedCard(name: string): Promise<TestOrg & { customer: string }> {
  const org = await createTestOrg(name);
  const { url } = await startCheckout(org.admin.claims, org.orgId, { kind: "pack", pack: "1k" });
  await send(...stripe.world.completeCheckout(sessionIdOf(url)));
  const customer = (await subOf(org.orgId)).stripe_customer_id!;
  return { ...org, customer };
}
const attemptsOf = (orgId: string) =>
  asServiceRole((tx) =>
    tx.selectFrom("auto_topup_attempts").selectAll().where("org_id", "=", orgId).execute(),
  );
const slugOf = (orgId: string) =>
  asServiceRole((tx) =>
    tx.selectFrom("organizations").select("slug").where("id", "=", orgId).executeTakeFirstOrThrow(),
  );

describe("auto top-up settings", () => {
  it("admins save them (audited); members are refused; bad input lists every field", async () => {
    const org = await createTestOrg("Top-up Settings Org");
    expect((await getAutoTopUp(org.member.claims, org.orgId)).enabled).toBe(false);
    await expect(
      saveAutoTopUp(org.member.claims, org.orgId, {
        enabled: true,
        threshold: 10,
        pack: "1k",
        max_per_month: 1,
      }),
    ).rejects.toMatchObject({ status: 403 });
    const bad = await saveAutoTopUp(org.admin.claims, org.orgId, {
      enabled: true,
      threshold: -1,
      pack: "2k",
      max_per_month: 0,
    }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ status: 422 });
    const fields = Object.keys((bad as { fields: object }).fields);
    expect(fields.sort()).toEqual(["max_per_month", "pack", "threshold"]);
    await saveAutoTopUp(org.admin.claims, org.orgId, {
      enabled: true,
      threshold: 200,
      pack: "5k",
      max_per_month: 2,
    });
    expect(await getAutoTopUp(org.member.claims, org.orgId)).toMatchObject({
      enabled: true,
      threshold: 200,
      pack: "5k",
      max_per_month: 2,
      pausedAt: null,
      usedThisMonth: 0,
    });
    expect((await auditOf(org.orgId)).map((a) => a.action)).toContain("billing.auto_topup_updated");
    // Without Stripe it cannot buy anything, so it cannot be turned on.
    const key = process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_SECRET_KEY;
    resetEnvForTests();
    const on = { enabled: true, threshold: 1, pack: "1k", max_per_month: 1 };
    await expect(saveAutoTopUp(org.admin.claims, org.orgId, on)).rejects.toMatchObject({
      code: "billing_not_configured",
    });
    process.env.STRIPE_SECRET_KEY = key;
    resetEnvForTests();
  });
});

describe("auto top-up", () => {
  it("buys the pack off-session; the credits land from the webhook, exactly once", async () => {
    const org = await withSavedCard("Top-up Org");
    expect(await bucketsOf(org.orgId)).toMatchObject({ purchased: 1_000 });
    const before = (await bucketsOf(org.orgId)).balance;
    const on = { enabled: true, threshold: before + 1, pack: "5k", max_per_month: 3 };
    expect((await runAutoTopUp(org.orgId)).outcome).toBe("skipped"); // off
    await saveAutoTopUp(org.admin.claims, org.orgId, on);
    const run = await runAutoTopUp(org.orgId);
    expect(run.outcome).toBe("charged");
    const pi = [...stripe.server.paymentIntents.values()].at(-1)!;
    expect(pi).toMatchObject({
      customer: org.customer,
      payment_method: "pm_card_visa",
      off_session: true,
      amount: 7_900,
      status: "succeeded",
    });
    const created = stripe.server.requests.filter((r) => r.path === "/v1/payment_intents").at(-1)!;
    expect(created.body).toMatchObject({ confirm: "true", off_session: "true" });
    // Nothing lands until Stripe says so.
    expect((await bucketsOf(org.orgId)).balance).toBe(before);
    expect((await runAutoTopUp(org.orgId)).outcome).toBe("skipped"); // tried for this trigger
    const succeeded = stripe.world.paymentIntentOutcome(pi.id);
    await send(succeeded, succeeded, stripe.world.paymentIntentOutcome(pi.id));
    expect(await bucketsOf(org.orgId)).toMatchObject({
      balance: before + 5_000,
      purchased: 6_000,
    });
    const bought = (await ledgerOf(org.orgId)).filter((t) => t.stripe_object_id === pi.id);
    expect(bought).toHaveLength(1);
    expect((await attemptsOf(org.orgId))[0]).toMatchObject({ status: "succeeded" });
    // Above the threshold again: nothing to do.
    expect(await runAutoTopUp(org.orgId)).toEqual({
      outcome: "skipped",
      why: "balance at or above the threshold",
    });
  });

  it("a card that needs authentication pauses it, audits and emails the admins", async () => {
    const org = await withSavedCard("SCA Org");
    stripe.world.setCard(org.customer, "pm_card_authenticationRequired");
    const balance = (await bucketsOf(org.orgId)).balance;
    await saveAutoTopUp(org.admin.claims, org.orgId, {
      enabled: true,
      threshold: balance + 1,
      pack: "1k",
      max_per_month: 5,
    });
    const run = await runAutoTopUp(org.orgId);
    expect(run.outcome).toBe("paused");
    const state = await getAutoTopUp(org.member.claims, org.orgId);
    expect(state.pausedAt).not.toBeNull();
    expect(state.pausedReason).toMatch(/authenticate/);
    expect((await auditOf(org.orgId)).map((a) => a.action)).toContain("billing.auto_topup_paused");
    expect((await attemptsOf(org.orgId))[0]).toMatchObject({ status: "requires_action" });
    // Stripe's payment_failed for that intent: no second pause, no credits.
    const pi = [...stripe.server.paymentIntents.values()].at(-1)!;
    await send(stripe.world.paymentIntentOutcome(pi.id));
    expect((await bucketsOf(org.orgId)).balance).toBe(balance);
    expect(
      (await auditOf(org.orgId)).filter((a) => a.action === "billing.auto_topup_paused"),
    ).toHaveLength(1);
    // Paused: nothing is tried, even after new credits, until an admin saves the settings again.
    await grantCredits({ org: (await slugOf(org.orgId)).slug, amount: 1, reason: "new trigger" });
    expect(await runAutoTopUp(org.orgId)).toEqual({
      outcome: "skipped",
      why: "auto top-up is paused",
    });
  });

  it("the pause notice reaches every admin by email", async () => {
    const { notifyAutoTopUpPaused } = await import("@/lib/billing/auto-topup");
    const org = await createTestOrg("Notice Org");
    // Set only now: with SMTP_URL, test organizations' invitations would be emailed, not linked.
    process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
    resetEnvForTests();
    const sent = await notifyAutoTopUpPaused(org.orgId, "the card needs authentication");
    expect(sent.emailed).toEqual([org.admin.email]);
    const mail = inbox.find((m) => m.to.includes(org.admin.email))!;
    expect(mail.body).toContain("Auto top-up is paused for Notice Org");
    expect(mail.body).toContain("/settings/billing");
    delete process.env.SMTP_URL;
    resetEnvForTests();
  });

  it("a declined card: tried once per trigger, never in a loop, and counted toward the maximum", async () => {
    const org = await withSavedCard("Declined Org");
    stripe.world.setCard(org.customer, "pm_card_chargeDeclined");
    const slug = (await slugOf(org.orgId)).slug;
    await saveAutoTopUp(org.admin.claims, org.orgId, {
      enabled: true,
      threshold: 1_000_000,
      pack: "1k",
      max_per_month: 2,
    });
    expect((await runAutoTopUp(org.orgId)).outcome).toBe("failed");
    expect(await runAutoTopUp(org.orgId)).toEqual({
      outcome: "skipped",
      why: "already tried since the last credits came in",
    });
    const charges = () =>
      stripe.server.paymentIntents.size &&
      [...stripe.server.paymentIntents.values()].filter((p) => p.customer === org.customer).length;
    expect(charges()).toBe(1);
    await grantCredits({ org: slug, amount: 1, reason: "a new trigger" });
    expect((await runAutoTopUp(org.orgId)).outcome).toBe("failed");
    await grantCredits({ org: slug, amount: 1, reason: "another trigger" });
    expect(await runAutoTopUp(org.orgId)).toEqual({
      outcome: "skipped",
      why: "this month's maximum reached",
    });
    expect(charges()).toBe(2);
    expect((await attemptsOf(org.orgId)).map((a) => a.status)).toEqual(["failed", "failed"]);
    expect((await getAutoTopUp(org.admin.claims, org.orgId)).usedThisMonth).toBe(2);
    expect((await auditOf(org.orgId)).map((a) => a.action)).toContain("billing.auto_topup_failed");
    expect((await bucketsOf(org.orgId)).purchased).toBe(1_002);
  });
});
