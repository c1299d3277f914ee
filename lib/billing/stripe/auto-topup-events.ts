import type Stripe from "stripe";
import { moveCredits } from "@/lib/credits";
import type { Tx } from "@/lib/db";
import { pauseAutoTopUp } from "../auto-topup/pause";

// Stripe's word on an auto top-up's PaymentIntent (lib/billing/auto-topup/run.ts made it): the
// only path by which its credits land — once, keyed by the payment intent — or by which a
// payment that needs the cardholder pauses auto top-up.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function attemptOf(tx: Tx, orgId: string, pi: Stripe.PaymentIntent) {
  const id = pi.metadata?.auto_topup_attempt;
  if (!id || !UUID.test(id)) return undefined;
  return tx
    .selectFrom("auto_topup_attempts")
    .selectAll()
    .where("id", "=", id)
    .where("org_id", "=", orgId)
    .forUpdate()
    .executeTakeFirst();
}

export async function autoTopUpSucceeded(
  tx: Tx,
  orgId: string,
  event: Stripe.Event,
  pi: Stripe.PaymentIntent,
): Promise<string> {
  const attempt = await attemptOf(tx, orgId, pi);
  if (!attempt) return "ignored: not an auto top-up of this organization";
  await tx
    .insertInto("credit_purchases")
    .values({
      org_id: orgId,
      checkout_session_id: null,
      payment_intent_id: pi.id,
      pack: attempt.pack,
      credits: attempt.credits,
    })
    .onConflict((oc) => oc.column("payment_intent_id").doNothing())
    .execute();
  const moved = await moveCredits(tx, orgId, "purchase", attempt.credits, {
    key: `pack:pi:${pi.id}`,
    description: `Auto top-up: ${attempt.pack} credit pack`,
    stripeEventId: event.id,
    stripeObjectId: pi.id,
  });
  await tx
    .updateTable("auto_topup_attempts")
    .set({ status: "succeeded", error: null, payment_intent_id: pi.id, updated_at: new Date() })
    .where("id", "=", attempt.id)
    .execute();
  return moved === null
    ? "auto top-up already credited"
    : `auto top-up: ${attempt.credits} credits`;
}

export const PAUSED_OUTCOME = "auto top-up paused";

export async function autoTopUpFailed(
  tx: Tx,
  orgId: string,
  pi: Stripe.PaymentIntent,
): Promise<string> {
  const attempt = await attemptOf(tx, orgId, pi);
  if (!attempt) return "ignored: not an auto top-up of this organization";
  if (attempt.status === "succeeded") return "ignored: the top-up had succeeded";
  const err = pi.last_payment_error;
  const sca = err?.code === "authentication_required" || pi.status === "requires_action";
  const message = err?.message ?? (sca ? "authentication required" : "payment failed");
  await tx
    .updateTable("auto_topup_attempts")
    .set({
      status: sca ? "requires_action" : "failed",
      error: message,
      payment_intent_id: pi.id,
      updated_at: new Date(),
    })
    .where("id", "=", attempt.id)
    .execute();
  if (!sca) return `auto top-up failed: ${message}`;
  const settings = await tx
    .selectFrom("auto_topups")
    .select("paused_at")
    .where("org_id", "=", orgId)
    .forUpdate()
    .executeTakeFirst();
  if (settings?.paused_at) return `auto top-up needs authentication (already paused)`;
  await pauseAutoTopUp(
    tx,
    orgId,
    "the card needs the cardholder to authenticate the payment (SCA)",
    {
      attempt: attempt.id,
      payment_intent: pi.id,
    },
  );
  return PAUSED_OUTCOME;
}
