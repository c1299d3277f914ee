import { Webhook } from "standardwebhooks";

export interface SignedHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

/**
 * Standard Webhooks headers for one attempt. The id is the event's (stable across retries and
 * redeliveries); the timestamp is the attempt's, so a retry hours later still verifies within the
 * receiver's five-minute tolerance. Several secrets (a rotation) give space-separated signatures.
 */
export function signDelivery(
  eventId: string,
  body: string,
  secrets: string[],
  at = new Date(),
): SignedHeaders {
  const signatures = secrets.map((s) => new Webhook(s).sign(eventId, at, body));
  return {
    "webhook-id": eventId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}
