import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendEvent } from "@/inngest/client";
import { jobUrlRequested } from "@/inngest/events";
import type { LocalExecutor } from "@/inngest/local";
import { asServiceRole } from "@/lib/db";
import { settleUrl } from "@/lib/jobs/pipeline/settle";
import { runsOf, useExecutorDb, waitFor } from "../inngest/harness";
import { createOrg, jobRow, startPipeline } from "./world";

// A URL run that settles the job's last URL commits, then (say) the process dies before the step
// result is saved and job/finished is sent. The replay finds the URL settled: it must announce the
// job's end again, or webhooks would never hear of it.
useExecutorDb();

let executor: LocalExecutor;
beforeAll(async () => {
  executor = await startPipeline({ concurrency: 2 });
}, 60_000);
afterAll(async () => {
  await executor?.stop();
});

async function jobWithOneUrl(orgId: string) {
  return asServiceRole(async (tx) => {
    const job = await tx
      .insertInto("scraping_jobs")
      .values({ org_id: orgId, type: "single", status: "processing", total_urls: 1 })
      .returning("id")
      .executeTakeFirstOrThrow();
    const url = await tx
      .insertInto("job_urls")
      .values({ job_id: job.id, org_id: orgId, url: "https://example.com/", status: "processing" })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { jobId: job.id, jobUrlId: url.id };
  });
}

const requested = (orgId: string, jobId: string, jobUrlId: string) =>
  jobUrlRequested.create({
    jobId,
    orgId,
    jobUrlId,
    url: "https://example.com/",
    host: "example.com",
    orgSlot: orgId,
  });

describe("a replayed URL step", () => {
  it("announces the end of a job its first run ended but did not announce", async () => {
    const { orgId } = await createOrg(10);
    const { jobId, jobUrlId } = await jobWithOneUrl(orgId);
    // The first run's commit: the last URL settles and ends the job; nothing is announced.
    const first = await settleUrl(jobId, jobUrlId, {
      outcome: "failed",
      error: "connection reset",
      lead: false,
      newLead: false,
      charges: [],
    });
    expect(first.finished).toBe("failed");
    expect((await jobRow(jobId)).status).toBe("failed");

    await sendEvent(requested(orgId, jobId, jobUrlId));
    const fanOut = await waitFor("the job end to reach the webhook fan-out", async () =>
      (await runsOf("webhooks-fan-out")).find((r) => r.event.data.jobId === jobId),
    );
    expect(fanOut.event.data).toMatchObject({ jobId, orgId, status: "failed" });
  });

  it("announces nothing while the job is still running", async () => {
    const { orgId } = await createOrg(10);
    const a = await jobWithOneUrl(orgId);
    await asServiceRole((tx) =>
      tx.updateTable("scraping_jobs").set({ total_urls: 2 }).where("id", "=", a.jobId).execute(),
    );
    await settleUrl(a.jobId, a.jobUrlId, {
      outcome: "failed",
      error: "connection reset",
      lead: false,
      newLead: false,
      charges: [],
    });
    await sendEvent(requested(orgId, a.jobId, a.jobUrlId));
    const run = await waitFor("the replayed URL run to end", async () =>
      (await runsOf("jobs-process-url")).find(
        (r) => r.event.data.jobUrlId === a.jobUrlId && r.status !== "running",
      ),
    );
    expect(run.status).toBe("completed");
    expect((await runsOf("webhooks-fan-out")).some((r) => r.event.data.jobId === a.jobId)).toBe(
      false,
    );
  });
});
