import { eventType } from "inngest";
import { z } from "zod";

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
  status: z.enum(["completed", "failed", "cancelled"]),
});
export type JobFinished = z.infer<typeof ZJobFinishedSchema>;
export const jobFinished = eventType("job/finished", { schema: ZJobFinishedSchema });

export const ZWebhookDeliverSchema = z.object({
  webhookId: z.string().uuid(),
  orgId: z.string().uuid(),
  eventType: z.string().min(1),
  payload: z.record(z.string(), z.unknown()),
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
