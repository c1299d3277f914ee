import { inngest } from "@/inngest/client";
import { ZJobFinishedSchema } from "@/inngest/events";
import { CRM_PROVIDERS, requestJobPush } from "@/lib/crm";

/**
 * job/finished (completed) → a push of the job's leads to each CRM the organization opted in for.
 * A delivered-twice event pushes twice: harmless, the CRM side upserts.
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
    const pushes = [];
    for (const provider of CRM_PROVIDERS)
      pushes.push(
        await step.run(`queue-push-${provider}`, () => requestJobPush(orgId, jobId, provider)),
      );
    // null when no CRM was opted in, as before there were two.
    const queued = pushes.filter((p) => p !== null);
    return queued.length ? queued : null;
  },
);
