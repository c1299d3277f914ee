import { inngest } from "@/inngest/client";
import { ZJobFinishedSchema, webhookDeliver } from "@/inngest/events";
import { planJobDeliveries } from "@/lib/webhooks";

/**
 * job/finished → one webhook/deliver event per (event, endpoint), so each endpoint retries on its
 * own. The event ids make a repeated job/finished (or a replayed step) deliver nothing twice.
 */
export const webhooksFanOutFn = inngest.createFunction(
  {
    id: "webhooks-fan-out",
    name: "Webhooks: a job ended, notify its endpoints",
    triggers: [{ event: "job/finished" }],
    retries: 5,
  },
  async ({ event, step }) => {
    const { jobId, orgId, status } = ZJobFinishedSchema.parse(event.data);
    const plan = await step.run("plan", () => planJobDeliveries(jobId, orgId, status));
    if (!plan.length) return { deliveries: 0 };
    await step.sendEvent(
      "deliver",
      plan.map((d) => webhookDeliver.create(d, { id: `${d.eventId}:${d.target}` })),
    );
    return { deliveries: plan.length };
  },
);
