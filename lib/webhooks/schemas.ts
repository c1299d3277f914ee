import { z } from "zod";
import { ZJobEndStatusSchema, ZJobTypeSchema } from "@/lib/jobs/job-values";
import { LEAD_STAGES } from "@/lib/leads/lead-query-schemas";

// What callers send to manage endpoints, and what a delivery carries. The same schemas validate
// API bodies, dashboard forms and Inngest event data, and feed the OpenAPI document.

/** A job's end: the body is a JobEvent. */
export const JOB_EVENT_TYPES = ["job.completed", "job.failed", "job.cancelled"] as const;
export type JobEventType = (typeof JOB_EVENT_TYPES)[number];
/** A lead moved along the pipeline (lib/leads/stages.ts): the body is a LeadStageChangedEvent. */
export const LEAD_STAGE_CHANGED = "lead.stage_changed";
/** A prospect sent an inbound form and a new lead was made (lib/inbound): a LeadCreatedEvent. */
export const LEAD_CREATED = "lead.created";
export const WEBHOOK_EVENT_TYPES = [...JOB_EVENT_TYPES, LEAD_STAGE_CHANGED, LEAD_CREATED] as const;
export const ZWebhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES, {
  error: `Must be one of ${WEBHOOK_EVENT_TYPES.join(", ")}`,
});
export type WebhookEventType = z.infer<typeof ZWebhookEventTypeSchema>;

/** Sent by POST /webhooks/{id}/test only; never subscribed to. */
export const TEST_EVENT_TYPE = "webhook.test";

const ZEndpointUrlSchema = z
  .string({ error: "Must be a URL" })
  .trim()
  .max(2048, "At most 2048 characters")
  .describe("HTTPS URL that receives the events (http only for hosts in SSRF_ALLOWLIST)");

const ZEventsSchema = z
  .array(ZWebhookEventTypeSchema)
  .min(1, "Subscribe to at least one event type")
  .transform((events) => [...new Set(events)])
  .describe("Event types delivered to this endpoint");

const ZDescriptionSchema = z
  .string()
  .trim()
  .max(500, "At most 500 characters")
  .describe("A note for your team, e.g. which CRM this feeds");

export const ZCreateWebhookSchema = z
  .strictObject({
    url: ZEndpointUrlSchema,
    // Lead events are opted into: an endpoint made without a list gets what it always got.
    events: ZEventsSchema.default([...JOB_EVENT_TYPES]),
    description: ZDescriptionSchema.nullable().optional(),
  })
  .meta({ id: "CreateWebhook" });
export type CreateWebhookInput = z.input<typeof ZCreateWebhookSchema>;

export const ZUpdateWebhookSchema = z
  .strictObject({
    url: ZEndpointUrlSchema.optional(),
    events: ZEventsSchema.optional(),
    description: ZDescriptionSchema.nullable().optional(),
    active: z
      .boolean()
      .optional()
      .describe(
        "false pauses deliveries; true re-enables a disabled endpoint and clears its failures",
      ),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "Send at least one field to change" })
  .meta({ id: "UpdateWebhook" });
export type UpdateWebhookInput = z.input<typeof ZUpdateWebhookSchema>;

export const ZListDeliveriesQuerySchema = z.strictObject({
  limit: z.coerce
    .number({ error: "Must be a number" })
    .int("Must be a whole number")
    .min(1, "At least 1")
    .max(100, "At most 100")
    .default(20)
    .describe("Attempts per page, newest first (1..100, default 20)"),
  cursor: z.string().max(200).optional().describe("meta.next_cursor of the previous page"),
});
export type ListDeliveriesQuery = z.input<typeof ZListDeliveriesQuerySchema>;

const ts = z.iso.datetime().describe("ISO 8601, UTC");

/** The body of job.completed / job.failed / job.cancelled: small and stable; leads via the API. */
export const ZJobEventPayloadSchema = z
  .object({
    type: z.enum(JOB_EVENT_TYPES),
    timestamp: ts.describe("When the job ended"),
    data: z.object({
      job: z.object({
        id: z.uuid(),
        status: ZJobEndStatusSchema,
        type: ZJobTypeSchema,
        counts: z.object({
          total_urls: z.int(),
          processed_urls: z.int(),
          successful_urls: z.int(),
          failed_urls: z.int(),
          leads_found: z.int(),
        }),
        credits_used: z.int(),
        timings: z.object({
          created_at: ts,
          started_at: ts.nullable(),
          completed_at: ts.nullable(),
          duration_ms: z.int().nullable().describe("started_at to completed_at"),
        }),
        error: z.string().nullable(),
      }),
      summary: z.object({
        leads: z.int().describe("Leads this job found"),
        hot: z.int(),
        warm: z.int(),
        cold: z.int(),
        contacts: z.int().describe("People this job found on the sites (contacts)"),
        new_contacts: z.int().describe("Of those, contacts the organization did not have before"),
      }),
      leads_url: z.string().describe("GET this (with your API key) for the job's leads"),
    }),
  })
  .meta({ id: "JobEvent" });
export type JobEventPayload = z.infer<typeof ZJobEventPayloadSchema>;

export const ZTestEventPayloadSchema = z
  .object({
    type: z.literal(TEST_EVENT_TYPE),
    timestamp: ts,
    data: z.object({ webhook_id: z.uuid(), message: z.string() }),
  })
  .meta({ id: "TestEvent" });
export type TestEventPayload = z.infer<typeof ZTestEventPayloadSchema>;

const ZPipelineStageSchema = z.enum(LEAD_STAGES);

/** The body of lead.stage_changed: the move, who made it, and the lead as it is now. */
export const ZLeadStageChangedPayloadSchema = z
  .object({
    type: z.literal(LEAD_STAGE_CHANGED),
    timestamp: ts.describe("When the lead moved"),
    data: z.object({
      change: z.object({
        id: z.uuid().describe("The history row; the webhook-id is derived from it"),
        from: ZPipelineStageSchema.nullable(),
        to: ZPipelineStageSchema,
        changed_at: ts,
        actor: z.object({
          type: z.enum(["user", "api_key"]).describe("Moved in the dashboard, or through the API"),
          user_id: z.uuid().nullable().describe("The member (for an API key, the key's creator)"),
          api_key_id: z.uuid().nullable(),
        }),
      }),
      lead: z.object({
        id: z.uuid(),
        name: z.string().nullable(),
        company: z.string().nullable(),
        email: z.string().nullable(),
        domain: z.string().nullable(),
        stage: ZPipelineStageSchema.describe("The lead's stage when the event was built"),
        score: z.int().nullable(),
      }),
      lead_url: z.string().describe("GET this (with your API key) for the whole lead"),
    }),
  })
  .meta({ id: "LeadStageChangedEvent" });
export type LeadStageChangedPayload = z.infer<typeof ZLeadStageChangedPayloadSchema>;
