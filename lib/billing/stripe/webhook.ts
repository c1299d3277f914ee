import Stripe from "stripe";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@leadscout/log";
import { applyStripeEvent, type Applied } from "./apply-event";
import { stripe } from "./client";

/** Stripe's events are small; anything bigger is not from Stripe. */
export const MAX_STRIPE_EVENT_BYTES = 512 * 1024;

/**
 * Verifies a webhook delivery against STRIPE_WEBHOOK_SECRET over the exact bytes received
 * (`stripe.webhooks.constructEvent`, which also refuses stale timestamps) and applies it once. A
 * missing or bad signature is a 400 and nothing is read or written.
 */
export async function handleStripeWebhook(
  rawBody: string,
  signature: string | null,
): Promise<Applied> {
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret)
    throw new AppError("billing_not_configured", "Stripe webhooks are not configured here");
  if (!signature) throw new AppError("bad_request", "Missing Stripe-Signature header");
  let event: Stripe.Event;
  try {
    event = stripe().webhooks.constructEvent(rawBody, signature, secret);
  } catch (err) {
    if (err instanceof Stripe.errors.StripeSignatureVerificationError) {
      log.warn("stripe webhook refused: bad signature");
      throw new AppError("bad_request", "The Stripe signature does not match this body");
    }
    throw new AppError("bad_request", "The body is not a Stripe event", { cause: err });
  }
  return applyStripeEvent(event);
}
