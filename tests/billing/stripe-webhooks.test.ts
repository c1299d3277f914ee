import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openBillingPortal, startCheckout } from "@/lib/billing/stripe";
import { chargeJobCredits, getCreditBuckets, releaseJobCredits } from "@/lib/credits";
import { asServiceRole } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createJob } from "@/lib/jobs";
import { useTestDb } from "../helpers/db";
import { createUser } from "../orgs/fixtures";
import { createOrg } from "../pipeline/world";
import { StripeServer } from "./stripe-server";
import { deliver } from "./deliver";
import { StripeWorld, makeEvent } from "./stripe-world";

vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
});
useTestDb();

const SECRET = "whsec_test_local_signing_secret";
let server: StripeServer;
let world: StripeWorld;

beforeAll(async () => {
  server = await new StripeServer("sk_test_local").start();
  world = new StripeWorld(server);
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: "sk_test_local",
    STRIPE_WEBHOOK_SECRET: SECRET,
    STRIPE_API_BASE: server.url,
  });
  resetEnvForTests();
});
afterAll(async () => {
  for (const k of ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE"])
    delete process.env[k];
  resetEnvForTests();
  await server?.close();
});

type Event = ReturnType<typeof makeEvent>;
async function send(...events: Event[]): Promise<{ replay: boolean }[]> {
  const out = [];
  for (const e of events) {
    const res = await deliver(e, SECRET);
    expect(res.status, await res.clone().text()).toBe(200);
    out.push((await res.json()) as { replay: boolean });
  }
  return out;
}
const subOf = (orgId: string) =>
  asServiceRole((tx) =>
    tx
      .selectFrom("subscriptions")
      .selectAll()
      .where("org_id", "=", orgId)
      .executeTakeFirstOrThrow(),
  );
const bucketsOf = (orgId: string) => asServiceRole((tx) => getCreditBuckets(tx, orgId));
const ledgerOf = (orgId: string) =>
  asServiceRole((tx) =>
    tx.selectFrom("credit_transactions").selectAll().where("org_id", "=", orgId).execute(),
  );
const sessionIdOf = (url: string) => url.split("/").pop()!;

/** A Free organization (100 credits) that subscribed to Pro through Checkout. */
async function subscribed(opts: { deliverEvents?: boolean } = {}) {
  const org = await createOrg(100, "free");
  const { url } = await startCheckout(org.claims, org.orgId, { kind: "subscription", plan: "pro" });
  const events = world.completeCheckout(sessionIdOf(url));
  if (opts.deliverEvents !== false) await send(...events);
  const subId = [...server.subscriptions.values()].at(-1)!.id;
  return { ...org, events, subId };
}

describe("subscriptions", () => {
  it("subscribe → Checkout on the local Stripe, then the plan and its allowance", async () => {
    const org = await createOrg(100, "free");
    const { url, kind } = await startCheckout(org.claims, org.orgId, {
      kind: "subscription",
      plan: "pro",
      interval: "month",
    });
    expect(kind).toBe("checkout");
    expect(url.startsWith(`${server.url}/c/pay/cs_`)).toBe(true);
    const session = server.sessions.get(sessionIdOf(url))!;
    expect(session).toMatchObject({ mode: "subscription", client_reference_id: org.orgId });
    expect(server.customers.get(session.customer as string)?.metadata).toMatchObject({
      org_id: org.orgId,
    });
    await send(...world.completeCheckout(session.id));
    expect(await subOf(org.orgId)).toMatchObject({
      plan: "pro",
      status: "active",
      monthly_credits: 10_000,
      billing_interval: "month",
      stripe_customer_id: session.customer,
    });
    expect(await bucketsOf(org.orgId)).toEqual({
      balance: 10_000,
      reserved: 0,
      purchased: 0,
      allowance: 10_000,
    });
    const allowance = (await ledgerOf(org.orgId)).filter((t) => t.kind === "allowance");
    expect(allowance).toHaveLength(1);
    expect(allowance[0]).toMatchObject({
      amount: 9_900,
      stripe_object_id: expect.stringMatching(/^in_/),
    });
    // A second Checkout for a subscribed organization goes to the portal instead.
    const again = await startCheckout(org.claims, org.orgId, {
      kind: "subscription",
      plan: "starter",
    });
    expect(again.kind).toBe("portal");
    expect(again.url.startsWith(`${server.url}/p/session/`)).toBe(true);
  });

  it("the same events twice and in reverse order → applied once, the same end state", async () => {
    const org = await subscribed({ deliverEvents: false });
    const reversed = [...org.events].reverse();
    const first = await send(...reversed);
    const second = await send(...reversed, ...org.events);
    expect(first.map((r) => r.replay)).toEqual([false, false, false]);
    expect(second.every((r) => r.replay)).toBe(true);
    expect(await subOf(org.orgId)).toMatchObject({ plan: "pro", status: "active" });
    expect(await bucketsOf(org.orgId)).toMatchObject({ balance: 10_000, purchased: 0 });
    expect((await ledgerOf(org.orgId)).filter((t) => t.kind === "allowance")).toHaveLength(1);
  });

  it("renewal tops the allowance up to the plan's amount; purchased credits are untouched", async () => {
    const org = await subscribed();
    const { url } = await startCheckout(org.claims, org.orgId, { kind: "pack", pack: "1k" });
    await send(...world.completeCheckout(sessionIdOf(url)));
    const job = await createJob(org.claims, org.orgId, {
      type: "bulk",
      urls: ["https://a.example.com", "https://b.example.com"],
    });
    await asServiceRole(async (tx) => {
      await chargeJobCredits(tx, job.id, 4, "spend", "work");
      await releaseJobCredits(tx, job.id);
    });
    expect(await bucketsOf(org.orgId)).toMatchObject({ allowance: 9_996, purchased: 1_000 });
    const renewal = world.renew(org.subId);
    await send(renewal, renewal);
    expect(await bucketsOf(org.orgId)).toEqual({
      balance: 11_000,
      reserved: 0,
      purchased: 1_000,
      allowance: 10_000,
    });
  });

  it("payment failed → new jobs refused with a link, the running job finishes; card fixed → accepted", async () => {
    const org = await subscribed();
    const running = await createJob(org.claims, org.orgId, {
      type: "single",
      url: "https://r.example.com",
    });
    await send(...world.failPayment(org.subId));
    expect((await subOf(org.orgId)).status).toBe("past_due");
    const err = await createJob(org.claims, org.orgId, {
      type: "single",
      url: "https://n.example.com",
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({
      code: "billing_past_due",
      details: { billing_url: "/settings/billing" },
    });
    // The job already running is charged and ends as usual.
    const charged = await asServiceRole((tx) => chargeJobCredits(tx, running.id, 2, "run", "work"));
    expect(charged).toBe(2);
    await send(world.update(org.subId, { status: "active" }));
    await expect(
      createJob(org.claims, org.orgId, { type: "single", url: "https://n.example.com" }),
    ).resolves.toBeTruthy();
  });

  it("downgrade at period end: Pro until the period ends, then Free; credits are not cut; a late event changes nothing", async () => {
    const org = await subscribed();
    const cancelling = world.update(org.subId, { cancelAtPeriodEnd: true });
    await send(cancelling);
    expect(await subOf(org.orgId)).toMatchObject({ plan: "pro", cancel_at_period_end: true });
    await send(world.end(org.subId));
    expect(await subOf(org.orgId)).toMatchObject({
      plan: "free",
      status: "active",
      monthly_credits: 100,
      stripe_subscription_id: null,
      cancel_at_period_end: false,
    });
    expect(await bucketsOf(org.orgId)).toMatchObject({ balance: 10_000 });
    const audit = await asServiceRole((tx) =>
      tx
        .selectFrom("audit_log")
        .select(["action", "metadata"])
        .where("org_id", "=", org.orgId)
        .where("action", "=", "billing.plan_changed")
        .orderBy("id")
        .execute(),
    );
    expect(audit.map((a) => a.metadata)).toEqual([
      expect.objectContaining({ from: "free", to: "pro", via: "stripe" }),
      expect.objectContaining({ from: "pro", to: "free", via: "stripe" }),
    ]);
    // The earlier "updated" event delivered late (a fresh id): Stripe now says canceled.
    await send({ ...cancelling, id: `${cancelling.id}_late` });
    expect((await subOf(org.orgId)).plan).toBe("free");
  });

  it("a plan change in the portal moves the plan; only admins reach Checkout and the portal", async () => {
    const org = await subscribed();
    await send(world.update(org.subId, { lookupKey: "leadscout_starter_monthly" }));
    expect(await subOf(org.orgId)).toMatchObject({ plan: "starter", monthly_credits: 2_000 });
    const member = await createUser("member");
    await asServiceRole((tx) =>
      tx
        .insertInto("team_members")
        .values({ org_id: org.orgId, user_id: member.id, role: "member" })
        .execute(),
    );
    for (const attempt of [
      startCheckout(member.claims, org.orgId, { kind: "pack", pack: "1k" }),
      openBillingPortal(member.claims, org.orgId),
    ])
      await expect(attempt).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("credit packs, refunds and disputes", () => {
  it("pack → purchased; refund half → half clawed back; dispute → the rest; replays change nothing", async () => {
    const org = await createOrg(100, "free");
    const { url } = await startCheckout(org.claims, org.orgId, { kind: "pack", pack: "5k" });
    const [paid] = world.completeCheckout(sessionIdOf(url));
    await send(paid!, paid!);
    expect(await bucketsOf(org.orgId)).toEqual({
      balance: 5_100,
      reserved: 0,
      purchased: 5_000,
      allowance: 100,
    });
    const pi = server.sessions.get(sessionIdOf(url))!.payment_intent as string;
    const refund = world.refund(pi, 7_900, 3_950);
    await send(refund, refund);
    expect(await bucketsOf(org.orgId)).toMatchObject({ balance: 2_600, purchased: 2_500 });
    await send(world.dispute(pi, 7_900));
    expect(await bucketsOf(org.orgId)).toEqual({
      balance: 100,
      reserved: 0,
      purchased: 0,
      allowance: 100,
    });
    const clawbacks = (await ledgerOf(org.orgId)).filter((t) => t.kind === "clawback");
    expect(clawbacks.map((t) => t.amount).sort()).toEqual([-2_500, -2_500]);
    expect(clawbacks.every((t) => t.stripe_event_id?.startsWith("evt_"))).toBe(true);
  });
});

describe("signatures", () => {
  it("a missing, forged or other-secret signature → 400 and nothing is stored", async () => {
    const org = await subscribed({ deliverEvents: false });
    const event = org.events[1]!;
    const forged = JSON.stringify({ ...event, id: "evt_forged" });
    const answers = await Promise.all([
      deliver(event, SECRET, { signature: null }),
      deliver(event, "whsec_someone_else"),
      deliver(event, SECRET, { signature: "t=1,v1=deadbeef" }),
      // A valid signature of the real body, sent with another body.
      deliver(event, SECRET, {
        body: forged,
        signature: (await import("stripe")).default.webhooks.generateTestHeaderString({
          payload: JSON.stringify(event),
          secret: SECRET,
        }),
      }),
    ]);
    expect(answers.map((r) => r.status)).toEqual([400, 400, 400, 400]);
    const stored = await asServiceRole((tx) =>
      tx
        .selectFrom("stripe_events")
        .select("id")
        .where("id", "in", [event.id, "evt_forged"])
        .execute(),
    );
    expect(stored).toEqual([]);
    expect(await subOf(org.orgId)).toMatchObject({ plan: "free" });
  });
});
