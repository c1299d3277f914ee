import type Stripe from "stripe";
import type { Tx } from "@/lib/db";
import { PLAN_SPECS } from "../plans";
import type { BillingInterval, Plan, SubscriptionStatus } from "../schemas";
import { parseLookupKey } from "./prices";

// A subscription as Stripe reports it now (re-read through the SDK, never taken from an event's
// possibly stale copy), reduced to what the product keeps. Writing it is idempotent and does not
// depend on the order events arrive in: the latest read wins.

export interface SubscriptionState {
  id: string;
  customerId: string;
  /** false once Stripe has ended it (canceled, expired, paused): the organization is on Free. */
  live: boolean;
  /** Stripe's first payment has not gone through yet: nothing changes until it does. */
  pending: boolean;
  plan: Plan;
  status: SubscriptionStatus;
  interval: BillingInterval | null;
  priceId: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
}

const fromUnix = (s: number | null | undefined) => (s ? new Date(s * 1000) : null);

export function subscriptionState(sub: Stripe.Subscription): SubscriptionState {
  const item = sub.items.data[0];
  const sold = parseLookupKey(item?.price.lookup_key);
  const live = ["active", "trialing", "past_due", "unpaid"].includes(sub.status);
  const plan: Plan = live && sold?.kind === "plan" ? sold.plan : "free";
  const status: SubscriptionStatus = !live
    ? "active"
    : sub.status === "trialing"
      ? "trialing"
      : sub.status === "active"
        ? "active"
        : "past_due";
  return {
    id: sub.id,
    customerId: typeof sub.customer === "string" ? sub.customer : sub.customer.id,
    live,
    pending: sub.status === "incomplete",
    plan,
    status,
    interval: sold?.kind === "plan" ? sold.interval : null,
    priceId: item?.price.id ?? null,
    periodStart: fromUnix(item?.current_period_start),
    periodEnd: fromUnix(item?.current_period_end),
    cancelAtPeriodEnd: sub.cancel_at_period_end,
  };
}

/** A plan change Stripe made is in the organization's audit log like any other (no user actor). */
async function auditPlanChange(tx: Tx, orgId: string, from: string, to: string, subId: string) {
  if (from === to) return;
  await tx
    .insertInto("audit_log")
    .values({
      org_id: orgId,
      actor_id: null,
      action: "billing.plan_changed",
      target_type: "organization",
      target_id: orgId,
      metadata: JSON.stringify({ via: "stripe", from, to, subscription: subId }),
    })
    .execute();
}

const addMonth = (d: Date) => {
  const next = new Date(d);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return next;
};

/**
 * Writes the subscription's state onto the organization's row (locked). An ended subscription
 * that is not the organization's current one (an old one's late event) changes nothing.
 * Returns what happened, for the event log.
 */
export async function writeSubscriptionState(
  tx: Tx,
  orgId: string,
  s: SubscriptionState,
): Promise<string> {
  if (s.pending) return "ignored: subscription not paid yet";
  const row = await tx
    .selectFrom("subscriptions")
    .select(["stripe_subscription_id", "allowance_renews_at", "plan"])
    .where("org_id", "=", orgId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (!s.live) {
    if (row.stripe_subscription_id !== s.id) return "ignored: not the current subscription";
    await tx
      .updateTable("subscriptions")
      .set({
        plan: "free",
        status: "active",
        monthly_credits: PLAN_SPECS.free.monthlyCredits,
        stripe_subscription_id: null,
        stripe_price_id: null,
        billing_interval: null,
        cancel_at_period_end: false,
        current_period_start: null,
        current_period_end: null,
        // The next Free allowance comes a month after the paid period ended.
        allowance_renews_at: s.periodEnd ? addMonth(s.periodEnd) : null,
      })
      .where("org_id", "=", orgId)
      .execute();
    await auditPlanChange(tx, orgId, row.plan, "free", s.id);
    return `ended: back to free from ${row.plan}`;
  }
  await tx
    .updateTable("subscriptions")
    .set({
      plan: s.plan,
      status: s.status,
      monthly_credits: PLAN_SPECS[s.plan].monthlyCredits,
      stripe_customer_id: s.customerId,
      stripe_subscription_id: s.id,
      stripe_price_id: s.priceId,
      billing_interval: s.interval,
      cancel_at_period_end: s.cancelAtPeriodEnd,
      current_period_start: s.periodStart,
      current_period_end: s.periodEnd,
      // Monthly subscriptions are renewed by their invoices; yearly ones by the scheduled
      // renewal each month of the year.
      allowance_renews_at:
        s.interval === "year"
          ? (row.allowance_renews_at ?? (s.periodStart ? addMonth(s.periodStart) : null))
          : null,
    })
    .where("org_id", "=", orgId)
    .execute();
  await auditPlanChange(tx, orgId, row.plan, s.plan, s.id);
  return `synced: ${s.plan} (${s.status}${s.cancelAtPeriodEnd ? ", cancels at period end" : ""})`;
}
