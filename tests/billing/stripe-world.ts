import Stripe from "stripe";
import { POST } from "@/app/api/webhooks/stripe/route";
import { newId, type StripeServer } from "./stripe-server";

// "What happens in Stripe", for tests: a customer completes Checkout, a period renews, a card
// fails, a plan changes in the portal, a charge is refunded or disputed. Each changes the local
// server's objects (so the app's re-reads see it) and returns the events Stripe would send,
// which `deliver` signs exactly as Stripe does and posts to the webhook route.

type Obj = Record<string, unknown> & { id: string };
const DAY = 86_400;
const now = () => Math.floor(Date.now() / 1000);

export function makeEvent(type: string, object: Obj): Obj {
  return {
    id: newId("evt"),
    object: "event",
    api_version: "2026-11-18.endive",
    created: now(),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object: structuredClone(object) },
  };
}

export class StripeWorld {
  constructor(readonly server: StripeServer) {}

  private invoice(sub: Obj, reason: string, status: "paid" | "open"): Obj {
    const item = (sub.items as { data: Obj[] }).data[0]!;
    const inv: Obj = {
      id: newId("in"),
      object: "invoice",
      customer: sub.customer,
      number: `LS-${this.server.invoices.size + 1}`,
      billing_reason: reason,
      status,
      parent: {
        type: "subscription_details",
        subscription_details: { subscription: sub.id, metadata: sub.metadata },
      },
      lines: {
        object: "list",
        data: [{ period: { start: item.current_period_start, end: item.current_period_end } }],
      },
    };
    this.server.invoices.set(inv.id, inv);
    return inv;
  }

  /** The customer pays on the Checkout page: the events Stripe sends, in Stripe's usual order. */
  completeCheckout(sessionId: string): Obj[] {
    const s = this.server.sessions.get(sessionId)!;
    s.status = "complete";
    s.payment_status = "paid";
    if (s.mode === "payment") {
      s.payment_intent = newId("pi");
      return [makeEvent("checkout.session.completed", s)];
    }
    const priceId = (s.line_items as { price: string }[])[0]!.price;
    const start = now();
    const sub: Obj = {
      id: newId("sub"),
      object: "subscription",
      customer: s.customer,
      status: "active",
      cancel_at_period_end: false,
      metadata: (s.subscription_data as { metadata?: unknown } | undefined)?.metadata ?? {},
      items: {
        object: "list",
        data: [
          {
            id: newId("si"),
            price: this.server.prices.get(priceId),
            current_period_start: start,
            current_period_end: start + 30 * DAY,
          },
        ],
      },
    };
    this.server.subscriptions.set(sub.id, sub);
    s.subscription = sub.id;
    return [
      makeEvent("customer.subscription.created", sub),
      makeEvent("invoice.paid", this.invoice(sub, "subscription_create", "paid")),
      makeEvent("checkout.session.completed", s),
    ];
  }

  /** The next period starts and its invoice is paid. */
  renew(subId: string): Obj {
    const sub = this.server.subscriptions.get(subId)!;
    const item = (sub.items as { data: Obj[] }).data[0]!;
    item.current_period_start = item.current_period_end;
    item.current_period_end = (item.current_period_end as number) + 30 * DAY;
    return makeEvent("invoice.paid", this.invoice(sub, "subscription_cycle", "paid"));
  }

  /** The renewal's payment fails: Stripe marks the subscription past due. */
  failPayment(subId: string): Obj[] {
    const sub = this.server.subscriptions.get(subId)!;
    sub.status = "past_due";
    return [
      makeEvent("invoice.payment_failed", this.invoice(sub, "subscription_cycle", "open")),
      makeEvent("customer.subscription.updated", sub),
    ];
  }

  /** A change made in the Customer Portal (cancel at period end, another price, card fixed). */
  update(
    subId: string,
    change: { cancelAtPeriodEnd?: boolean; lookupKey?: string; status?: string },
  ): Obj {
    const sub = this.server.subscriptions.get(subId)!;
    if (change.cancelAtPeriodEnd !== undefined) sub.cancel_at_period_end = change.cancelAtPeriodEnd;
    if (change.status) sub.status = change.status;
    if (change.lookupKey) {
      const item = (sub.items as { data: Obj[] }).data[0]!;
      item.price = this.server.prices.get(`price_${change.lookupKey}`);
    }
    return makeEvent("customer.subscription.updated", sub);
  }

  /** The period ends on a subscription set to cancel: Stripe deletes it. */
  end(subId: string): Obj {
    const sub = this.server.subscriptions.get(subId)!;
    sub.status = "canceled";
    return makeEvent("customer.subscription.deleted", sub);
  }

  private charge(paymentIntent: string, amount: number, refunded: number): Obj {
    return {
      id: `ch_for_${paymentIntent}`,
      object: "charge",
      amount,
      amount_refunded: refunded,
      refunded: refunded >= amount,
      payment_intent: paymentIntent,
      customer: null,
    };
  }

  /** A refund of `refundedSoFar` (cumulative, as Stripe reports it) of a `amount` charge. */
  refund(paymentIntent: string, amount: number, refundedSoFar: number): Obj {
    return makeEvent("charge.refunded", this.charge(paymentIntent, amount, refundedSoFar));
  }

  dispute(paymentIntent: string, amount: number): Obj {
    const charge = this.charge(paymentIntent, amount, 0);
    return makeEvent("charge.dispute.created", {
      id: newId("dp"),
      object: "dispute",
      amount,
      charge: charge.id,
      payment_intent: paymentIntent,
      status: "needs_response",
    });
  }
}

/** Posts an event to the webhook route, signed as Stripe signs it (or with the given header). */
export async function deliver(
  event: Obj,
  secret: string,
  opts: { signature?: string | null; body?: string } = {},
): Promise<Response> {
  const payload = opts.body ?? JSON.stringify(event);
  const signature =
    opts.signature === undefined
      ? Stripe.webhooks.generateTestHeaderString({ payload, secret })
      : opts.signature;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature !== null) headers["stripe-signature"] = signature;
  return POST(
    new Request("http://app.test/api/webhooks/stripe", { method: "POST", headers, body: payload }),
  );
}
