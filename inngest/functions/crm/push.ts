import { inngest } from "@/inngest/client";
import { ZCrmPushRequestedSchema } from "@/inngest/events";
import { runPush } from "@/lib/crm";

/**
 * crm/push.requested → one push to the organization's CRM (lib/crm/push-leads.ts), one at a time
 * per organization so two pushes of the same leads never race to create the same company. Each
 * CRM call (HubSpot or Salesforce) is retried in the step (Retry-After, backoff); a step that
 * still throws is retried by Inngest, which re-sends the same upserts (no duplicates).
 */
export const crmPushFn = inngest.createFunction(
  {
    id: "crm-push",
    name: "CRM: push leads",
    triggers: [{ event: "crm/push.requested" }],
    concurrency: [{ key: "event.data.orgId", limit: 1 }],
    retries: 3,
  },
  async ({ event, step }) => {
    const { pushId } = ZCrmPushRequestedSchema.parse(event.data);
    return step.run("push", () => runPush(pushId));
  },
);
