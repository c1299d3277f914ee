import { sql } from "kysely";
import type Stripe from "stripe";
import { moveCredits } from "@/lib/credits";
import { asServiceRole, type Tx } from "@/lib/db";
import { log } from "@leadscout/log";
import { CREDIT_PACK_SPECS, PLAN_SPECS } from "../plans";
import { ZCreditPackSchema } from "../schemas";
import { notifyAutoTopUpPaused } from "../auto-topup/notify";
import { PAUSED_OUTCOME, autoTopUpFailed, autoTopUpSucceeded } from "./auto-topup-events";
import { gatherFacts, type EventFacts } from "./event-facts";
import { writeSubscriptionState } from "./subscription-state";

// Applies one verified Stripe event exactly once: its id is stored in the same transaction as its
// effect, so a redelivery (or two deliveries racing) finds it and changes nothing. Each effect is
// correct in any order: subscription state is re-read from Stripe (event-facts.ts), allowances are
// keyed by invoice, packs by Checkout Session, clawbacks are capped by what the pack had.

export interface Applied {
  replay: boolean;
  outcome: string;
}

const idOf = (v: string | { id: string } | null | undefined) =>
  v == null ? null : typeof v === "string" ? v : v.id;

export async function applyStripeEvent(event: Stripe.Event): Promise<Applied> {
  const seen = await asServiceRole((tx) =>
    tx.selectFrom("stripe_events").select("outcome").where("id", "=", event.id).executeTakeFirst(),
  );
  if (seen) return { replay: true, outcome: seen.outcome };
  const facts = await gatherFacts(event);
  const applied = await asServiceRole(async (tx) => {
    const inserted = await tx
      .insertInto("stripe_events")
      .values({
        id: event.id,
        type: event.type,
        org_id: facts.orgId,
        stripe_created: new Date(event.created * 1000),
        outcome: "applying",
      })
      .onConflict((oc) => oc.column("id").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!inserted) return { replay: true, outcome: "already applied" };
    const outcome = await effect(tx, event, facts);
    await tx
      .updateTable("stripe_events")
      .set(facts.orgId ? { outcome, org_id: facts.orgId } : { outcome })
      .where("id", "=", event.id)
      .execute();
    log.info("stripe event applied", { id: event.id, type: event.type, outcome });
    return { replay: false, outcome };
  });
  // After the commit, never inside it: telling the admins must not hold (or undo) the change.
  if (applied.outcome === PAUSED_OUTCOME && facts.orgId)
    await notifyAutoTopUpPaused(facts.orgId, "the card needs the cardholder to authenticate");
  return applied;
}

async function effect(tx: Tx, event: Stripe.Event, facts: EventFacts): Promise<string> {
  switch (event.type) {
    // A delayed payment method (a bank debit) completes the session unpaid; the money arrives
    // (or not) days later in async_payment_succeeded / _failed. Either carries the session as it
    // is then, and the pack is keyed by session, so completed + succeeded credit it once.
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded": {
      if (!facts.orgId) return "ignored: no organization for this session";
      const session = event.data.object;
      if (session.mode === "payment") return packPurchased(tx, facts.orgId, event, session);
      return facts.subscription
        ? writeSubscriptionState(tx, facts.orgId, facts.subscription)
        : "ignored: no subscription";
    }
    case "checkout.session.async_payment_failed":
      if (!facts.orgId) return "ignored: no organization for this session";
      return asyncPaymentFailed(tx, facts.orgId, event.data.object, facts);
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
    case "invoice.payment_failed":
      if (!facts.orgId) return "ignored: no organization for this customer";
      return facts.subscription
        ? writeSubscriptionState(tx, facts.orgId, facts.subscription)
        : "ignored: not a subscription invoice";
    case "invoice.paid":
      return invoicePaid(tx, event, event.data.object, facts);
    case "payment_intent.succeeded":
      if (!facts.orgId) return "ignored: no organization for this payment";
      return autoTopUpSucceeded(tx, facts.orgId, event, event.data.object);
    case "payment_intent.payment_failed":
      if (!facts.orgId) return "ignored: no organization for this payment";
      return autoTopUpFailed(tx, facts.orgId, event.data.object);
    case "charge.refunded": {
      const charge = event.data.object;
      return clawback(tx, event, idOf(charge.payment_intent), charge.id, (credits) =>
        charge.amount > 0 ? Math.round((credits * charge.amount_refunded) / charge.amount) : 0,
      );
    }
    case "charge.dispute.created": {
      const dispute = event.data.object;
      return clawback(tx, event, idOf(dispute.payment_intent), dispute.id, (credits) => credits);
    }
    default:
      return "ignored: event type not handled";
  }
}

/**
 * The delayed payment of a Checkout Session failed: nothing is credited (a pack is credited only
 * when paid), the subscription's state is synced (Stripe expires an unpaid one), and the admins
 * find the failure in the audit log.
 */
async function asyncPaymentFailed(
  tx: Tx,
  orgId: string,
  session: Stripe.Checkout.Session,
  facts: EventFacts,
): Promise<string> {
  const what =
    session.mode === "payment" ? `pack ${session.metadata?.pack ?? "?"}` : "subscription";
  await tx
    .insertInto("audit_log")
    .values({
      org_id: orgId,
      actor_id: null,
      action: "billing.payment_failed",
      target_type: "organization",
      target_id: orgId,
      metadata: JSON.stringify({ via: "stripe", checkout_session: session.id, what }),
    })
    .execute();
  const synced = facts.subscription
    ? `; ${await writeSubscriptionState(tx, orgId, facts.subscription)}`
    : "";
  return `payment failed: ${what}, nothing credited${synced}`;
}

/** The period's allowance: the paid invoice proves the period; the plan is the subscription's now. */
async function invoicePaid(
  tx: Tx,
  event: Stripe.Event,
  invoice: Stripe.Invoice,
  facts: EventFacts,
): Promise<string> {
  if (!facts.orgId) return "ignored: no organization for this customer";
  const s = facts.subscription;
  if (!s) return "ignored: not a subscription invoice";
  const synced = await writeSubscriptionState(tx, facts.orgId, s);
  if (!s.live) return synced;
  const spec = PLAN_SPECS[s.plan];
  const moved = await moveCredits(tx, facts.orgId, "allowance", spec.monthlyCredits, {
    key: `allowance:invoice:${invoice.id}`,
    description: `${spec.name} plan allowance (invoice ${invoice.number ?? invoice.id})`,
    stripeEventId: event.id,
    stripeObjectId: invoice.id,
  });
  return `${synced}; allowance topped up by ${moved ?? 0}`;
}

async function packPurchased(
  tx: Tx,
  orgId: string,
  event: Stripe.Event,
  session: Stripe.Checkout.Session,
): Promise<string> {
  if (session.payment_status !== "paid") return "ignored: pack not paid";
  const pack = ZCreditPackSchema.safeParse(session.metadata?.pack);
  if (!pack.success) return "ignored: not a credit pack session";
  const { credits } = CREDIT_PACK_SPECS[pack.data];
  const paymentIntent = idOf(session.payment_intent);
  await tx
    .insertInto("credit_purchases")
    .values({
      org_id: orgId,
      checkout_session_id: session.id,
      payment_intent_id: paymentIntent,
      pack: pack.data,
      credits,
    })
    .onConflict((oc) => oc.column("checkout_session_id").doNothing())
    .execute();
  const moved = await moveCredits(tx, orgId, "purchase", credits, {
    key: `pack:${session.id}`,
    description: `${pack.data} credit pack`,
    stripeEventId: event.id,
    stripeObjectId: paymentIntent ?? session.id,
  });
  return moved === null ? "pack already credited" : `pack ${pack.data}: ${credits} credits`;
}

/**
 * Refunds and disputes of a pack's payment take back its unspent credits: `target(credits)` is how
 * many this event says should be gone in total (a refund's amount is cumulative), less what earlier
 * events took, removed from the purchased bucket as far as it goes (credits already spent stay
 * spent). Payments that were not a pack (subscription invoices) take nothing back.
 */
async function clawback(
  tx: Tx,
  event: Stripe.Event,
  paymentIntent: string | null,
  objectId: string,
  target: (credits: number) => number,
): Promise<string> {
  if (!paymentIntent) return "ignored: no payment intent";
  const purchase = await tx
    .selectFrom("credit_purchases")
    .select(["id", "org_id", "credits", "clawed_back"])
    .where("payment_intent_id", "=", paymentIntent)
    .forUpdate()
    .executeTakeFirst();
  if (!purchase) return "ignored: not a credit pack payment";
  const want = Math.max(
    Math.min(target(purchase.credits), purchase.credits) - purchase.clawed_back,
    0,
  );
  if (want === 0) return "nothing more to claw back";
  const moved = await moveCredits(tx, purchase.org_id, "clawback", want, {
    key: `clawback:${event.id}`,
    description: `${event.type === "charge.dispute.created" ? "Dispute" : "Refund"} of a credit pack`,
    stripeEventId: event.id,
    stripeObjectId: objectId,
  });
  await tx
    .updateTable("credit_purchases")
    .set({ clawed_back: sql`clawed_back + ${want}` })
    .where("id", "=", purchase.id)
    .execute();
  await tx
    .updateTable("stripe_events")
    .set({ org_id: purchase.org_id })
    .where("id", "=", event.id)
    .execute();
  return `clawed back ${-(moved ?? 0)} of ${want} asked`;
}
