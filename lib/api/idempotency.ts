import { AppError } from "@/lib/errors";

// Idempotency-Key: any printable ASCII up to 255 characters (Stripe's rule); a UUID is typical.
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

/** The request's Idempotency-Key, or undefined; a malformed key is a 422, not silently ignored. */
export function idempotencyKeyOf(req: Request): string | undefined {
  const raw = req.headers.get("idempotency-key");
  if (raw === null) return undefined;
  if (!KEY_SHAPE.test(raw))
    throw new AppError("validation_failed", "The Idempotency-Key header is invalid", {
      fields: { "Idempotency-Key": ["Use 1 to 255 printable ASCII characters, e.g. a UUID"] },
    });
  return raw;
}
