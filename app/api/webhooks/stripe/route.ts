// POST /api/webhooks/stripe – Stripe's signed events: plans, allowances, packs, clawbacks.
import { handleStripeWebhook, MAX_STRIPE_EVENT_BYTES } from "@/lib/billing/stripe";
import { AppError, toAppError } from "@/lib/errors";
import { log } from "@leadscout/log";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(req: Request): Promise<Response> {
  try {
    const declared = Number(req.headers.get("content-length") ?? "0");
    if (declared > MAX_STRIPE_EVENT_BYTES)
      throw new AppError("payload_too_large", "Stripe events are smaller than this");
    // The signature covers the exact bytes: read them as text, never parse and re-serialize.
    const raw = await req.text();
    if (Buffer.byteLength(raw) > MAX_STRIPE_EVENT_BYTES)
      throw new AppError("payload_too_large", "Stripe events are smaller than this");
    const applied = await handleStripeWebhook(raw, req.headers.get("stripe-signature"));
    return Response.json({ received: true, replay: applied.replay });
  } catch (err) {
    const e = toAppError(err);
    // A 5xx makes Stripe retry later (the event was not stored: the transaction rolled back).
    if (e.code === "internal") log.error("stripe webhook failed", { err });
    return Response.json({ error: { code: e.code, message: e.message } }, { status: e.status });
  }
}
