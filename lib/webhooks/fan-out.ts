import { asServiceRole } from "@/lib/db";
import type { WebhookDeliver } from "@/inngest/events";
import type { JobEndStatus } from "@/lib/jobs/job-values";
import { buildJobEvent, jobEventId } from "./payload";
import type { JobEventType, WebhookEventType } from "./schemas";

/**
 * A job ended: one delivery per active endpoint of its organization subscribed to the event, plus
 * the one-off delivery to the job's own webhook_url. The body is built once, so every endpoint
 * (and every retry) gets the same bytes.
 */
export async function planJobDeliveries(
  jobId: string,
  orgId: string,
  status: JobEndStatus,
): Promise<WebhookDeliver[]> {
  const type = `job.${status}` as JobEventType;
  return asServiceRole(async (tx) => {
    const payload = await buildJobEvent(tx, jobId, type);
    if (!payload) return [];
    const job = await tx
      .selectFrom("scraping_jobs")
      .select("webhook_url")
      .where("id", "=", jobId)
      .executeTakeFirstOrThrow();
    const endpoints = await tx
      .selectFrom("webhooks")
      .select("id")
      .where("org_id", "=", orgId)
      .where("active", "=", true)
      .where((eb) => eb(eb.val<WebhookEventType>(type), "=", eb.fn.any("events")))
      .orderBy("created_at")
      .execute();
    const common = {
      orgId,
      jobId,
      eventId: jobEventId(jobId, type),
      eventType: type,
      body: JSON.stringify(payload),
      mode: "retry" as const,
    };
    const plan: WebhookDeliver[] = endpoints.map((e) => ({
      ...common,
      webhookId: e.id,
      url: null,
      target: e.id,
    }));
    if (job.webhook_url)
      plan.push({
        ...common,
        webhookId: null,
        url: job.webhook_url,
        target: new URL(job.webhook_url).origin,
      });
    return plan;
  });
}
