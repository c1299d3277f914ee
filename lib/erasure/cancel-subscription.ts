import Stripe from "stripe";
import { asServiceRole } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { stripe, stripeConfigured } from "@/lib/billing/stripe";

/**
 * Ends the organization's Stripe subscription at once (no further invoices). Stripe not
 * configured, or no subscription: nothing to do. A subscription Stripe no longer knows counts as
 * cancelled. Any other failure stops the deletion: better an organization that still exists than
 * a customer still billed for one that does not.
 */
export async function cancelOrganizationSubscription(
  orgId: string,
): Promise<{ plan: string | null; cancelled: boolean }> {
  const sub = await asServiceRole((tx) =>
    tx
      .selectFrom("subscriptions")
      .select(["plan", "stripe_subscription_id", "status"])
      .where("org_id", "=", orgId)
      .executeTakeFirst(),
  );
  const plan = sub?.plan ?? null;
  if (!sub?.stripe_subscription_id || sub.status === "canceled") return { plan, cancelled: false };
  if (!stripeConfigured()) {
    log.warn("erasure.subscription_not_cancelled", { orgId, reason: "stripe_not_configured" });
    return { plan, cancelled: false };
  }
  try {
    await stripe().subscriptions.cancel(sub.stripe_subscription_id, {
      cancellation_details: { comment: "Organization deleted" },
    });
  } catch (err) {
    if (err instanceof Stripe.errors.StripeInvalidRequestError && err.code === "resource_missing")
      return { plan, cancelled: true };
    log.warn("erasure.subscription_cancel_failed", { orgId, err });
    throw new AppError(
      "unavailable",
      "We could not cancel this organization's subscription with Stripe, so nothing was deleted. Try again in a moment.",
      { cause: err },
    );
  }
  return { plan, cancelled: true };
}
