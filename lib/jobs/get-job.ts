import { withUser, type JwtClaims, type Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { toJob, type Job, type JobRow } from "./view";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The job row as RLS lets the caller see it, or undefined (another org's job looks absent). */
export async function findJobRow(
  tx: Tx,
  orgId: string,
  jobId: string,
): Promise<JobRow | undefined> {
  if (!UUID.test(jobId)) return undefined;
  return tx
    .selectFrom("scraping_jobs")
    .selectAll()
    .where("id", "=", jobId)
    .where("org_id", "=", orgId)
    .executeTakeFirst();
}

export async function processingCount(tx: Tx, jobId: string): Promise<number> {
  const row = await tx
    .selectFrom("job_urls")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("job_id", "=", jobId)
    .where("status", "=", "processing")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A job with its live progress (counts, URLs in flight, ETA); 404 when not the caller's. */
export async function getJob(claims: JwtClaims, orgId: string, jobId: string): Promise<Job> {
  return withUser(claims, async (tx) => {
    const row = await findJobRow(tx, orgId, jobId);
    if (!row) throw notFound("Job");
    return toJob(row, await processingCount(tx, row.id));
  });
}
