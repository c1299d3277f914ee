import { afterAll, beforeAll, expect } from "vitest";
import { getCreditBuckets } from "@/lib/credits";
import { asServiceRole } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { deliver } from "./deliver";
import { StripeServer } from "./stripe-server";
import { StripeWorld, type makeEvent } from "./stripe-world";

// One test file's Stripe: the local server, the world that plays Stripe's side, the app's env
// pointed at them, and the helpers to send signed events and read what they changed.

export const WEBHOOK_SECRET = "whsec_test_local_signing_secret";
const KEY = "sk_test_local";
type Event = ReturnType<typeof makeEvent>;

export function useLocalStripe() {
  const ctx = {} as { server: StripeServer; world: StripeWorld };
  beforeAll(async () => {
    ctx.server = await new StripeServer(KEY).start();
    ctx.world = new StripeWorld(ctx.server);
    Object.assign(process.env, {
      STRIPE_SECRET_KEY: KEY,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_BASE: ctx.server.url,
    });
    resetEnvForTests();
  });
  afterAll(async () => {
    for (const k of ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE"])
      delete process.env[k];
    resetEnvForTests();
    await ctx.server?.close();
  });
  return ctx;
}

/** Delivers each event, signed; every one must be accepted. */
export async function send(...events: Event[]): Promise<{ replay: boolean }[]> {
  const out = [];
  for (const e of events) {
    const res = await deliver(e, WEBHOOK_SECRET);
    expect(res.status, await res.clone().text()).toBe(200);
    out.push((await res.json()) as { replay: boolean });
  }
  return out;
}

export const subOf = (orgId: string) =>
  asServiceRole((tx) =>
    tx
      .selectFrom("subscriptions")
      .selectAll()
      .where("org_id", "=", orgId)
      .executeTakeFirstOrThrow(),
  );
export const bucketsOf = (orgId: string) => asServiceRole((tx) => getCreditBuckets(tx, orgId));
export const ledgerOf = (orgId: string) =>
  asServiceRole((tx) =>
    tx.selectFrom("credit_transactions").selectAll().where("org_id", "=", orgId).execute(),
  );
export const auditOf = (orgId: string) =>
  asServiceRole((tx) =>
    tx.selectFrom("audit_log").selectAll().where("org_id", "=", orgId).execute(),
  );
export const sessionIdOf = (url: string) => url.split("/").pop()!;
