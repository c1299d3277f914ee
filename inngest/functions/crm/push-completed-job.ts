import { inngest } from "@/inngest/client";
import { ZJobFinishedSchema } from "@/inngest/events";
import { requestJobPush } from "@/lib/crm";

/**
 * job/finished (completed) → a push of the job's leads, when the organization opted in. A
 * delivered-twice event pushes twice: harmless, the CRM side upserts.
 */
export const crmPushCompletedJobFn = inngest.createFunction(
  {
    id: "crm-push-completed-job",
    name: "CRM: push a completed job",
    triggers: [{ event: "job/finished" }],
  },
  async ({ event, step }) => {
    const { jobId, orgId, status } = ZJobFinishedSchema.parse(event.data);
    if (status !== "completed") return null;
    return step.run("queue-push", () => requestJobPush(orgId, jobId, "hubspot"));
  },
);
