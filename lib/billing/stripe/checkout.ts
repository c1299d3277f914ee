import { z } from "zod";
import { withUser, type JwtClaims } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, validationError } from "@/lib/errors";
import { requireMembership } from "@/lib/orgs";
import { BILLING_PATH } from "../limits";
import { ZBillingIntervalSchema, ZCreditPackSchema, ZPaidPlanSchema } from "../schemas";
import { stripe } from "./client";
import { ensureCustomer } from "./customer";
import { priceIdFor } from "./prices";

export const ZStartCheckoutSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("subscription"),
      plan: ZPaidPlanSchema,
      interval: ZBillingIntervalSchema.default("month"),
    })
    .strict(),
  z.object({ kind: z.literal("pack"), pack: ZCreditPackSchema }).strict(),
]);
export type StartCheckoutInput = z.input<typeof ZStartCheckoutSchema>;

/** Only admins manage billing (the product's role matrix); others get 403, strangers 404. */
async function requireBillingAdmin(claims: JwtClaims, orgId: string) {
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin"]);
    return tx
      .selectFrom("subscriptions")
      .select(["stripe_subscription_id", "plan", "status"])
      .where("org_id", "=", orgId)
      .executeTakeFirstOrThrow();
  });
}

const billingUrl = (query: string) => new URL(`${BILLING_PATH}?${query}`, env().APP_URL).href;

/**
 * A Stripe-hosted page for the admin to pay on: Checkout for a new subscription or a credit pack,
 * the Customer Portal for an organization already subscribed (plan changes, cards, invoices,
 * cancelling happen there, so Stripe prorates). Nothing changes here until Stripe's webhook says so.
 */
export async function startCheckout(
  claims: JwtClaims,
  orgId: string,
  input: unknown,
): Promise<{ url: string; kind: "checkout" | "portal" }> {
  const parsed = ZStartCheckoutSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The checkout request is invalid");
  const sub = await requireBillingAdmin(claims, orgId);
  const req = parsed.data;
  if (req.kind === "subscription" && sub.stripe_subscription_id && sub.plan !== "free")
    return { url: await portalUrl(orgId), kind: "portal" };
  const customer = await ensureCustomer(orgId);
  const price = await priceIdFor(
    req.kind === "subscription"
      ? { kind: "plan", plan: req.plan, interval: req.interval }
      : { kind: "pack", pack: req.pack },
  );
  const metadata: Record<string, string> =
    req.kind === "subscription"
      ? { org_id: orgId, plan: req.plan, interval: req.interval }
      : { org_id: orgId, pack: req.pack };
  const session = await stripe().checkout.sessions.create({
    mode: req.kind === "subscription" ? "subscription" : "payment",
    customer,
    client_reference_id: orgId,
    line_items: [{ price, quantity: 1 }],
    metadata,
    ...(req.kind === "subscription"
      ? { subscription_data: { metadata: { org_id: orgId } } }
      : { payment_intent_data: { metadata } }),
    success_url: billingUrl("checkout=success"),
    cancel_url: billingUrl("checkout=cancelled"),
  });
  if (!session.url) throw new AppError("unavailable", "Stripe returned no Checkout URL; try again");
  return { url: session.url, kind: "checkout" };
}

async function portalUrl(orgId: string): Promise<string> {
  const customer = await ensureCustomer(orgId);
  const session = await stripe().billingPortal.sessions.create({
    customer,
    return_url: billingUrl("portal=returned"),
  });
  return session.url;
}

/** The Stripe Customer Portal (cards, invoices, plan changes, cancel), for admins. */
export async function openBillingPortal(
  claims: JwtClaims,
  orgId: string,
): Promise<{ url: string }> {
  await requireBillingAdmin(claims, orgId);
  return { url: await portalUrl(orgId) };
}
