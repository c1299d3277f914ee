import Stripe from "stripe";
import { newId, type StripeServer } from "./stripe-server";

// "What happens in Stripe", for tests: a customer completes Checkout, a period renews, a card
// fails, a plan changes in the portal, a charge is refunded or disputed. Each changes the local
// server's objects (so the app's re-reads see it) and returns the events Stripe would send,
// which `signedDelivery` signs exactly as Stripe does (deliver.ts posts them to the route in
// process; the e2e Stripe server posts them to the running app).

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
    const total = Number((item.price as { unit_amount?: number } | undefined)?.unit_amount ?? 0);
    const inv: Obj = {
      id: newId("in"),
      object: "invoice",
      customer: sub.customer,
      created: now() + this.server.invoices.size,
      currency: "usd",
      total,
      amount_due: total,
      amount_paid: status === "paid" ? total : 0,
      hosted_invoice_url: `${this.server.url}/i/${this.server.invoices.size + 1}`,
      invoice_pdf: null,
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

  /**
   * The customer pays on the Checkout page: the events Stripe sends, in Stripe's usual order.
   * `delayed`: a payment method that settles later (a bank debit): the session completes unpaid,
   * the subscription stays incomplete, and `settleDelayed` sends the outcome.
   */
  completeCheckout(sessionId: string, opts: { delayed?: boolean } = {}): Obj[] {
    const s = this.server.sessions.get(sessionId)!;
    s.status = "complete";
    s.payment_status = opts.delayed ? "unpaid" : "paid";
    // The card used is saved on the customer (Checkout saves it for later payments).
    this.setCard(s.customer as string, "pm_card_visa");
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
      status: opts.delayed ? "incomplete" : "active",
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
    if (opts.delayed)
      return [
        makeEvent("customer.subscription.created", sub),
        makeEvent("checkout.session.completed", s),
      ];
    return [
      makeEvent("customer.subscription.created", sub),
      makeEvent("invoice.paid", this.invoice(sub, "subscription_create", "paid")),
      makeEvent("checkout.session.completed", s),
    ];
  }

  /** A delayed payment settles: paid (the subscription becomes active) or failed (it expires). */
  settleDelayed(sessionId: string, ok: boolean): Obj[] {
    const s = this.server.sessions.get(sessionId)!;
    s.payment_status = ok ? "paid" : "unpaid";
    const sub = s.subscription ? this.server.subscriptions.get(s.subscription as string) : null;
    const events: Obj[] = [];
    if (sub) {
      sub.status = ok ? "active" : "incomplete_expired";
      events.push(makeEvent("customer.subscription.updated", sub));
      if (ok)
        events.push(makeEvent("invoice.paid", this.invoice(sub, "subscription_create", "paid")));
    }
    const type = ok ? "async_payment_succeeded" : "async_payment_failed";
    events.push(makeEvent(`checkout.session.${type}`, s));
    return events;
  }

  /** The customer's saved card: one of Stripe's test cards (stripe-server.ts). */
  setCard(customerId: string, card: string | null): void {
    const c = this.server.customers.get(customerId)!;
    c.invoice_settings = { default_payment_method: card };
  }

  /** What Stripe sends about a PaymentIntent the app created: succeeded or payment_failed. */
  paymentIntentOutcome(piId: string): Obj {
    const pi = this.server.paymentIntents.get(piId)!;
    return makeEvent(
      pi.status === "succeeded" ? "payment_intent.succeeded" : "payment_intent.payment_failed",
      pi,
    );
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

/** An event's body and headers, signed as Stripe signs it (or with the given header). */
export function signedDelivery(
  event: Obj,
  secret: string,
  opts: { signature?: string | null; body?: string } = {},
): { body: string; headers: Record<string, string> } {
  const body = opts.body ?? JSON.stringify(event);
  const signature =
    opts.signature === undefined
      ? Stripe.webhooks.generateTestHeaderString({ payload: body, secret })
      : opts.signature;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature !== null) headers["stripe-signature"] = signature;
  return { body, headers };
}
