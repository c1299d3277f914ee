import type Stripe from "stripe";
import { asServiceRole } from "@/lib/db";
import { stripe } from "./client";
import { subscriptionState, type SubscriptionState } from "./subscription-state";

// What an event needs from outside the database, gathered before the transaction that applies it
// (no network call holds a transaction open): the organization it concerns and, for anything about
// a subscription, that subscription as Stripe reports it now.

export interface EventFacts {
  orgId: string | null;
  customerId: string | null;
  subscription?: SubscriptionState;
}

const idOf = (v: string | { id: string } | null | undefined) =>
  v == null ? null : typeof v === "string" ? v : v.id;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The organization of a Stripe customer. The metadata hint (set by us on the Checkout Session and
 * subscription) is used only for an organization with no customer yet or this very customer, so a
 * forged or foreign customer cannot be attached to someone else's organization.
 */
async function orgFor(customerId: string | null, hint: unknown): Promise<string | null> {
  return asServiceRole(async (tx) => {
    if (customerId) {
      const byCustomer = await tx
        .selectFrom("subscriptions")
        .select("org_id")
        .where("stripe_customer_id", "=", customerId)
        .executeTakeFirst();
      if (byCustomer) return byCustomer.org_id;
    }
    if (typeof hint !== "string" || !UUID.test(hint)) return null;
    const byHint = await tx
      .selectFrom("subscriptions")
      .select(["org_id", "stripe_customer_id"])
      .where("org_id", "=", hint)
      .executeTakeFirst();
    if (!byHint || (byHint.stripe_customer_id && byHint.stripe_customer_id !== customerId))
      return null;
    return byHint.org_id;
  });
}

async function currentSubscription(id: string, fallback?: Stripe.Subscription) {
  try {
    return subscriptionState(await stripe().subscriptions.retrieve(id));
  } catch (err) {
    // A subscription Stripe no longer has (deleted long ago): the deletion event itself is final.
    if (fallback && (err as { statusCode?: number }).statusCode === 404)
      return subscriptionState(fallback);
    throw err;
  }
}

export async function gatherFacts(event: Stripe.Event): Promise<EventFacts> {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
    case "checkout.session.async_payment_failed": {
      const session = event.data.object;
      const customerId = idOf(session.customer);
      const subId = idOf(session.subscription);
      return {
        customerId,
        orgId: await orgFor(customerId, session.client_reference_id ?? session.metadata?.org_id),
        ...(subId ? { subscription: await currentSubscription(subId) } : {}),
      };
    }
    case "invoice.paid":
    case "invoice.payment_failed": {
      const invoice = event.data.object;
      const customerId = idOf(invoice.customer);
      const subId = idOf(invoice.parent?.subscription_details?.subscription);
      const subscription = subId ? await currentSubscription(subId) : undefined;
      return {
        customerId,
        orgId: await orgFor(customerId, invoice.parent?.subscription_details?.metadata?.org_id),
        ...(subscription ? { subscription } : {}),
      };
    }
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted": {
      const sub = event.data.object;
      const subscription = await currentSubscription(sub.id, sub);
      return {
        customerId: subscription.customerId,
        orgId: await orgFor(subscription.customerId, sub.metadata?.org_id),
        subscription,
      };
    }
    case "payment_intent.succeeded":
    case "payment_intent.payment_failed": {
      const pi = event.data.object;
      const customerId = idOf(pi.customer);
      return { customerId, orgId: await orgFor(customerId, pi.metadata?.org_id) };
    }
    case "charge.refunded": {
      const customerId = idOf(event.data.object.customer);
      return { customerId, orgId: await orgFor(customerId, null) };
    }
    case "charge.dispute.created": {
      // A dispute names its charge, not the customer: the pack purchase row says whose it was.
      return { customerId: null, orgId: null };
    }
    default:
      return { customerId: null, orgId: null };
  }
}
