import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks";

// Response bodies of the /webhooks endpoints (serialized by lib/webhooks/view.ts).

const ts = z.iso.datetime().describe("ISO 8601, UTC");

const webhookFields = {
  id: z.uuid(),
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  active: z.boolean(),
  disabled_reason: z
    .string()
    .nullable()
    .describe("Why Leadscout stopped delivering (410 Gone, a day of failures); null while active"),
  secret_hint: z.string().describe("The end of the signing secret, to tell secrets apart"),
  consecutive_failures: z.int(),
  failing_since: ts.nullable(),
  secret_rotated_at: ts.nullable(),
  created_at: ts,
  updated_at: ts,
};

export const ZWebhookSchema = z.object(webhookFields).meta({ id: "Webhook" });

export const ZWebhookWithSecretSchema = z
  .object({
    ...webhookFields,
    secret: z
      .string()
      .describe("whsec_…: verify signatures with it. Shown only now; store it safely"),
  })
  .meta({ id: "WebhookWithSecret" });

export const ZWebhookDeliverySchema = z
  .object({
    id: z.uuid(),
    webhook_id: z.uuid().nullable(),
    job_id: z.uuid().nullable(),
    event_id: z.string().describe("The webhook-id header: the same on every attempt of an event"),
    event_type: z.string(),
    url: z.string(),
    attempt: z.int().min(1),
    succeeded: z.boolean(),
    request_headers: z.record(z.string(), z.string()),
    request_body: z.string(),
    response_status: z.int().nullable(),
    response_body: z.string().nullable().describe("The first 4 KB"),
    duration_ms: z.int().nullable(),
    error: z.string().nullable(),
    created_at: ts,
  })
  .meta({ id: "WebhookDelivery" });

export const ZQueuedDeliverySchema = z
  .object({
    webhook_id: z.uuid(),
    event_id: z.string(),
    event_type: z.string(),
    queued: z.literal(true),
  })
  .meta({ id: "QueuedDelivery" });
