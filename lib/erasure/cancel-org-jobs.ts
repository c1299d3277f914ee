import { withUser, type JwtClaims } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cancelJob } from "@/lib/jobs";

/**
 * Cancels every pending or running job of an organization the way the Cancel button does, so
 * their runs stop and their holds return before the organization goes. A job that ended in the
 * meantime is not an error. Returns how many were cancelled.
 */
export async function cancelOrganizationJobs(claims: JwtClaims, orgId: string): Promise<number> {
  const running = await withUser(claims, (tx) =>
    tx
      .selectFrom("scraping_jobs")
      .select("id")
      .where("org_id", "=", orgId)
      .where("status", "in", ["pending", "processing"])
      .execute(),
  );
  let cancelled = 0;
  for (const job of running) {
    try {
      await cancelJob(claims, orgId, job.id);
      cancelled += 1;
    } catch (err) {
      if (!(err instanceof AppError && err.code === "conflict")) throw err;
    }
  }
  return cancelled;
}
