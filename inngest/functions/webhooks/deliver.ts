import { inngest } from "@/inngest/client";
import { ZWebhookDeliverSchema } from "@/inngest/events";
import { env } from "@/lib/env";
import { attemptDelivery, notifyEndpointDisabled, parseRetrySchedule } from "@/lib/webhooks";

/**
 * webhook/deliver → attempt, wait, attempt… on the retry schedule (WEBHOOK_RETRY_SCHEDULE),
 * each delay counted from the end of the previous attempt. Every attempt is a step that logs a
 * webhook_deliveries row; a 2xx, a disabled or deleted endpoint ends the run. Test events and
 * manual redeliveries ("once") get a single attempt.
 */
export const webhooksDeliverFn = inngest.createFunction(
  {
    id: "webhooks-deliver",
    name: "Webhooks: deliver one event to one endpoint",
    triggers: [{ event: "webhook/deliver" }],
    // Retries here cover our own failures (the database); receiver failures follow the schedule.
    retries: 3,
    concurrency: [{ key: "event.data.target", limit: 4 }],
  },
  async ({ event, step }) => {
    const data = ZWebhookDeliverSchema.parse(event.data);
    const delays = data.mode === "once" ? [0] : parseRetrySchedule(env().WEBHOOK_RETRY_SCHEDULE);
    let previousAt = event.ts ?? Date.now();
    for (const [i, delay] of delays.entries()) {
      const n = i + 1;
      if (delay > 0) await step.sleepUntil(`wait-${n}`, new Date(previousAt + delay));
      const outcome = await step.run(`attempt-${n}`, () => attemptDelivery(data));
      if (outcome.disabled) {
        const reason = outcome.disabled;
        await step.run("notify-disabled", () =>
          notifyEndpointDisabled({ orgId: data.orgId, webhookId: data.webhookId!, reason }),
        );
      }
      if (outcome.final) return { ...outcome, attempts: n };
      previousAt = outcome.at;
    }
    return { delivered: false, attempts: delays.length };
  },
);
