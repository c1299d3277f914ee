import { inngest } from "@/inngest/client";
import { ZJobCreatedSchema, jobUrlRequested } from "@/inngest/events";
import { FAN_OUT_BATCH } from "@/lib/jobs/pipeline/concurrency";
import { expandJob, urlBatch } from "@/lib/jobs/pipeline/expand";

/**
 * job/created → the job's URLs become job_urls, then one job/url.requested event per URL, sent
 * in batches. A cancelled job stops fanning out (cancelOn, and each batch checks the status).
 */
export const expandJobFn = inngest.createFunction(
  {
    id: "jobs-expand",
    name: "Jobs: expand a job into its URLs",
    triggers: [{ event: "job/created" }],
    retries: 5,
    cancelOn: [{ event: "job/cancelled", if: "async.data.jobId == event.data.jobId" }],
  },
  async ({ event, step }) => {
    const { jobId, orgId } = ZJobCreatedSchema.parse(event.data);
    const expanded = await step.run("expand", () => expandJob(jobId));
    if (!expanded.go) return { skipped: true };
    const batches = Math.ceil(expanded.total / FAN_OUT_BATCH);
    let sent = 0;
    for (let b = 0; b < batches; b++) {
      const work = await step.run(`batch-${b}`, () => urlBatch(jobId, orgId, expanded.plan, b));
      if (!work.length) break;
      await step.sendEvent(
        `fan-out-${b}`,
        work.map((w) => jobUrlRequested.create({ jobId, orgId, ...w })),
      );
      sent += work.length;
    }
    return { urls: sent };
  },
);
