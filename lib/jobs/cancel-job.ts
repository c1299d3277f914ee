import { withUser, type JwtClaims } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { releaseJobCredits } from "@/lib/credits";
import { sendEvent } from "@/inngest/client";
import { jobCancelled, jobFinished } from "@/inngest/events";
import { findJobRow, getJob } from "./get-job";
import type { Job } from "./view";

/**
 * Cancels a pending or running job: nothing new starts (URLs not yet settled are marked
 * cancelled, runs are cancelled through cancelOn), steps already in flight finish but can no longer
 * charge (the job has ended), and the unused hold goes back to the balance — all in one
 * transaction as the caller.
 */
export async function cancelJob(claims: JwtClaims, orgId: string, jobId: string): Promise<Job> {
  const cancelled = await withUser(claims, async (tx) => {
    const row = await findJobRow(tx, orgId, jobId);
    if (!row) throw notFound("Job");
    const now = new Date();
    const updated = await tx
      .updateTable("scraping_jobs")
      .set({ status: "cancelled", completed_at: now })
      .where("id", "=", jobId)
      .where("status", "in", ["pending", "processing"])
      .returning("id")
      .executeTakeFirst();
    if (!updated)
      throw new AppError("conflict", `The job has already ended (${row.status})`, {
        details: { status: row.status },
      });
    await tx
      .updateTable("job_urls")
      .set({ status: "cancelled", completed_at: now })
      .where("job_id", "=", jobId)
      .where("status", "in", ["pending", "processing"])
      .execute();
    await releaseJobCredits(tx, jobId);
    return true;
  });
  if (cancelled) {
    await sendEvent([
      jobCancelled.create({ jobId, orgId }),
      jobFinished.create({ jobId, orgId, status: "cancelled" }),
    ]);
  }
  return getJob(claims, orgId, jobId);
}
