import Stripe from "stripe";
import { asServiceRole } from "@/lib/db";
import { log } from "@/lib/log";
import { CREDIT_PACK_SPECS } from "../plans";
import type { CreditPack } from "../schemas";
import { stripe } from "../stripe/client";
import { lookupKeyFor } from "../stripe/prices";
import { pauseAutoTopUp } from "./pause";
import { attemptsThisMonth } from "./settings";

// One auto top-up: claim an attempt for this trigger (at most one per trigger, at most N a
// month), then charge the saved card off-session through a PaymentIntent. Credits are NOT added
// here: they land when Stripe's payment_intent.succeeded webhook arrives (apply-event.ts), once.
// A card that needs the cardholder (SCA) pauses auto top-up; any other failure is recorded and
// not retried for this trigger.

export type AutoTopUpOutcome =
  | { outcome: "skipped"; why: string }
  | { outcome: "charged" | "failed"; attemptId: string; detail: string }
  | { outcome: "paused"; attemptId: string; reason: string };

type Claimed = { attemptId: string; pack: CreditPack; customer: string | null };

/**
 * The trigger: the balance is under the threshold since the latest credits came in (allowance,
 * pack, grant). Keyed by that inflow's ledger row, so a failed or pending attempt is not repeated
 * until credits come in again.
 */
async function claim(orgId: string): Promise<Claimed | { skip: string }> {
  return asServiceRole(async (tx) => {
    const s = await tx
      .selectFrom("auto_topups")
      .selectAll()
      .where("org_id", "=", orgId)
      .forUpdate()
      .executeTakeFirst();
    if (!s?.enabled) return { skip: "auto top-up is off" };
    if (s.paused_at) return { skip: "auto top-up is paused" };
    const credits = await tx
      .selectFrom("credits")
      .select("balance")
      .where("org_id", "=", orgId)
      .executeTakeFirstOrThrow();
    if (credits.balance >= s.threshold) return { skip: "balance at or above the threshold" };
    if ((await attemptsThisMonth(tx, orgId)) >= s.max_per_month)
      return { skip: "this month's maximum reached" };
    const inflow = await tx
      .selectFrom("credit_transactions")
      .select("id")
      .where("org_id", "=", orgId)
      .where("kind", "in", ["allowance", "purchase", "grant"])
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst();
    const attempt = await tx
      .insertInto("auto_topup_attempts")
      .values({
        org_id: orgId,
        trigger_key: `inflow:${inflow?.id ?? "none"}`,
        pack: s.pack,
        credits: CREDIT_PACK_SPECS[s.pack].credits,
        status: "pending",
      })
      .onConflict((oc) => oc.columns(["org_id", "trigger_key"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!attempt) return { skip: "already tried since the last credits came in" };
    const sub = await tx
      .selectFrom("subscriptions")
      .select("stripe_customer_id")
      .where("org_id", "=", orgId)
      .executeTakeFirst();
    return { attemptId: attempt.id, pack: s.pack, customer: sub?.stripe_customer_id ?? null };
  });
}

async function settle(
  orgId: string,
  attemptId: string,
  status: "processing" | "requires_action" | "failed",
  set: { paymentIntent?: string | null; error?: string; pause?: string },
) {
  await asServiceRole(async (tx) => {
    await tx
      .updateTable("auto_topup_attempts")
      .set({
        status,
        error: set.error ?? null,
        updated_at: new Date(),
        ...(set.paymentIntent ? { payment_intent_id: set.paymentIntent } : {}),
      })
      .where("id", "=", attemptId)
      .execute();
    if (set.pause)
      await pauseAutoTopUp(tx, orgId, set.pause, {
        attempt: attemptId,
        payment_intent: set.paymentIntent,
      });
    else if (status === "failed")
      await tx
        .insertInto("audit_log")
        .values({
          org_id: orgId,
          actor_id: null,
          action: "billing.auto_topup_failed",
          target_type: "organization",
          target_id: orgId,
          metadata: JSON.stringify({ attempt: attemptId, error: set.error }),
        })
        .execute();
  });
}

/** The customer's saved card: the invoice default, else the first card on file. */
async function savedCard(customer: string): Promise<string | null> {
  const c = await stripe().customers.retrieve(customer);
  if (!c.deleted) {
    const pm = c.invoice_settings?.default_payment_method;
    if (pm) return typeof pm === "string" ? pm : pm.id;
  }
  const cards = await stripe().paymentMethods.list({ customer, type: "card", limit: 1 });
  return cards.data[0]?.id ?? null;
}

const SCA = "the card needs the cardholder to authenticate the payment (SCA)";

export async function runAutoTopUp(orgId: string): Promise<AutoTopUpOutcome> {
  const claimed = await claim(orgId);
  if ("skip" in claimed) return { outcome: "skipped", why: claimed.skip };
  const { attemptId, pack } = claimed;
  const paused = async (reason: string, paymentIntent?: string | null) => {
    await settle(orgId, attemptId, "requires_action", {
      pause: reason,
      paymentIntent,
      error: reason,
    });
    return { outcome: "paused" as const, attemptId, reason };
  };
  try {
    const card = claimed.customer ? await savedCard(claimed.customer) : null;
    if (!claimed.customer || !card) return await paused("no card is saved for this organization");
    const key = lookupKeyFor({ kind: "pack", pack });
    const price = (await stripe().prices.list({ lookup_keys: [key], active: true, limit: 1 }))
      .data[0];
    if (!price?.unit_amount) throw new Error(`No active Stripe price has the lookup key ${key}`);
    const pi = await stripe().paymentIntents.create(
      {
        amount: price.unit_amount,
        currency: price.currency,
        customer: claimed.customer,
        payment_method: card,
        off_session: true,
        confirm: true,
        description: `Leadscout auto top-up: ${CREDIT_PACK_SPECS[pack].credits} credits`,
        metadata: { org_id: orgId, pack, auto_topup_attempt: attemptId },
      },
      // A retried step asks Stripe again with the same key: one charge per attempt.
      { idempotencyKey: `leadscout-auto-topup-${attemptId}` },
    );
    if (pi.status === "requires_action" || pi.status === "requires_payment_method")
      return await paused(SCA, pi.id);
    await settle(orgId, attemptId, "processing", { paymentIntent: pi.id });
    return { outcome: "charged", attemptId, detail: `payment ${pi.id} ${pi.status}` };
  } catch (err) {
    if (err instanceof Stripe.errors.StripeCardError && err.code === "authentication_required")
      return paused(SCA, err.payment_intent?.id ?? null);
    const error = err instanceof Error ? err.message : String(err);
    log.warn("auto top-up charge failed", { orgId, attemptId, error });
    await settle(orgId, attemptId, "failed", {
      error,
      paymentIntent:
        err instanceof Stripe.errors.StripeError ? (err.payment_intent?.id ?? null) : null,
    });
    return { outcome: "failed", attemptId, detail: error };
  }
}
