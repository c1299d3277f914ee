import { eventType } from "inngest";
import { ZKeyProviderSchema } from "@/lib/provider-keys/schemas";
import { z } from "zod";
import { ZJobEndStatusSchema } from "@/lib/jobs/job-values";

// Every event the app sends or reacts to: one name, one zod schema for its data. The SDK checks
// the schema when an event is created (`jobCreated.create(data)`) and again when a function
// triggered by it runs, so a malformed event never reaches a step.

export const ZJobCreatedSchema = z.object({
  jobId: z.string().uuid(),
  orgId: z.string().uuid(),
});
export type JobCreated = z.infer<typeof ZJobCreatedSchema>;
export const jobCreated = eventType("job/created", { schema: ZJobCreatedSchema });

export const ZJobUrlRequestedSchema = z.object({
  jobId: z.string().uuid(),
  orgId: z.string().uuid(),
  jobUrlId: z.string().uuid(),
  url: z.string().url(),
  // Concurrency keys: the target host (politeness) and the organization's slot (plan limits).
  host: z.string().min(1),
  orgSlot: z.string().min(1),
  // Claude scores the lead (fixed at job creation by configuration and plan). Absent in events
  // sent before plans decided it: then configuration alone decides, as it did.
  llm: z.boolean().optional(),
  // The providers this job calls with the organization's own key (never the key: the step that
  // calls the provider reads it). Absent: the platform's keys, as before.
  ownKeys: z.array(ZKeyProviderSchema).optional(),
  // Every paid enrichment provider runs on the organization's own key, so enrichment is not
  // charged (fixed at creation, like the hold). Absent: charged.
  ownEnrich: z.boolean().optional(),
});
export type JobUrlRequested = z.infer<typeof ZJobUrlRequestedSchema>;
export const jobUrlRequested = eventType("job/url.requested", { schema: ZJobUrlRequestedSchema });

export const ZJobCancelledSchema = z.object({
  jobId: z.string().uuid(),
  orgId: z.string().uuid(),
});
export type JobCancelled = z.infer<typeof ZJobCancelledSchema>;
export const jobCancelled = eventType("job/cancelled", { schema: ZJobCancelledSchema });

export const ZJobFinishedSchema = z.object({
  jobId: z.string().uuid(),
  orgId: z.string().uuid(),
  status: ZJobEndStatusSchema,
});
export type JobFinished = z.infer<typeof ZJobFinishedSchema>;
export const jobFinished = eventType("job/finished", { schema: ZJobFinishedSchema });

// One delivery run per (event, endpoint): the exact body and the Standard Webhooks message id are
// fixed here, so every attempt and every redelivery sends the same bytes under the same id.
export const ZWebhookDeliverSchema = z.object({
  orgId: z.string().uuid(),
  /** The registered endpoint; null for the one-off delivery to a job's own webhook_url. */
  webhookId: z.string().uuid().nullable(),
  /** The one-off target (webhookId null); endpoints are looked up at each attempt. */
  url: z.string().max(2048).nullable(),
  jobId: z.string().uuid().nullable(),
  /** The `webhook-id` header. */
  eventId: z.string().min(1).max(200),
  eventType: z.string().min(1).max(100),
  body: z.string().min(2),
  /** "retry": the retry schedule; "once": one attempt (test events, manual redelivery). */
  mode: z.enum(["retry", "once"]),
  /** Concurrency key: the endpoint id, or the one-off URL's origin. */
  target: z.string().min(1).max(2048),
});
export type WebhookDeliver = z.infer<typeof ZWebhookDeliverSchema>;
export const webhookDeliver = eventType("webhook/deliver", { schema: ZWebhookDeliverSchema });

/** Every event type, for tooling that lists them (docs, the OpenAPI document). */
export const eventTypes = [
  jobCreated,
  jobUrlRequested,
  jobCancelled,
  jobFinished,
  webhookDeliver,
] as const;

// Billing: "renew the allowances that are due now". Sent on a schedule: by Inngest's cron where
// an Inngest server runs the functions, by inngest/local/schedules.ts in the embedded default.
export const ZBillingAllowancesDueSchema = z.object({
  reason: z.string().max(100).optional(),
});
export const billingAllowancesDue = eventType("billing/allowances.due", {
  schema: ZBillingAllowancesDueSchema,
});

// Billing: "this organization's balance fell under its auto top-up threshold" (the job pipeline
// sends it after a charge); the function decides whether to buy, at most once per trigger.
export const ZBillingAutoTopUpCheckSchema = z.object({ orgId: z.string().uuid() });
export const billingAutoTopUpCheck = eventType("billing/auto-topup.check", {
  schema: ZBillingAutoTopUpCheckSchema,
});

// CRM: "run this push" (lib/crm/request-push.ts queued it); the function sends the push's leads
// and contacts to the organization's CRM and writes the sync log.
export const ZCrmPushRequestedSchema = z.object({
  pushId: z.string().uuid(),
  orgId: z.string().uuid(),
});
export const crmPushRequested = eventType("crm/push.requested", {
  schema: ZCrmPushRequestedSchema,
});

// Inbound capture: a form submission saved a lead; score and enrich it like a job's lead.
export const ZInboundLeadReceivedSchema = z.object({
  orgId: z.string().uuid(),
  leadId: z.string().uuid(),
});
export type InboundLeadReceived = z.infer<typeof ZInboundLeadReceivedSchema>;
export const inboundLeadReceived = eventType("inbound/lead.received", {
  schema: ZInboundLeadReceivedSchema,
});
