import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { JobEventPayload, JobEventType } from "./schemas";
import { iso } from "@/lib/serialize";

/** The Standard Webhooks message id of a job's end: one per job and outcome, however often sent. */
export function jobEventId(jobId: string, type: JobEventType): string {
  return `msg_${jobId.replaceAll("-", "")}_${type.slice(4)}`;
}

/** The body every endpoint receives for a job's end; undefined when the job is gone. */
export async function buildJobEvent(
  tx: Tx,
  jobId: string,
  type: JobEventType,
): Promise<JobEventPayload | undefined> {
  const job = await tx
    .selectFrom("scraping_jobs")
    .selectAll()
    .where("id", "=", jobId)
    .executeTakeFirst();
  if (!job) return undefined;
  const byStatus = await tx
    .selectFrom("scraped_leads")
    .select(["status", (eb) => eb.fn.countAll<string>().as("n")])
    .where("job_id", "=", jobId)
    .where("org_id", "=", job.org_id)
    .groupBy("status")
    .execute();
  const contacts = await tx
    .selectFrom("contacts")
    .select([
      (eb) => eb.fn.countAll<string>().filterWhere("job_id", "=", jobId).as("found"),
      (eb) => eb.fn.countAll<string>().filterWhere("first_job_id", "=", jobId).as("first"),
    ])
    .where("org_id", "=", job.org_id)
    .where((eb) => eb.or([eb("job_id", "=", jobId), eb("first_job_id", "=", jobId)]))
    .executeTakeFirstOrThrow();
  const count = (s: string) => Number(byStatus.find((r) => r.status === s)?.n ?? 0);
  const started = job.started_at ? new Date(job.started_at).getTime() : null;
  const ended = job.completed_at ? new Date(job.completed_at).getTime() : null;
  const leadsUrl = new URL("/api/v1/leads", env().APP_URL);
  leadsUrl.searchParams.set("job_id", jobId);
  return {
    // Only job.* types reach here (planJobDeliveries builds them from a job's end status).
    type: type as JobEventPayload["type"],
    timestamp: iso(job.completed_at) ?? new Date().toISOString(),
    data: {
      job: {
        id: job.id,
        status:
          type === "job.completed" ? "completed" : type === "job.failed" ? "failed" : "cancelled",
        type: job.type,
        counts: {
          total_urls: job.total_urls,
          processed_urls: job.processed_urls,
          successful_urls: job.successful_urls,
          failed_urls: job.failed_urls,
          leads_found: job.leads_found,
        },
        credits_used: job.credits_used,
        timings: {
          created_at: iso(job.created_at)!,
          started_at: iso(job.started_at),
          completed_at: iso(job.completed_at),
          duration_ms: started !== null && ended !== null ? Math.max(0, ended - started) : null,
        },
        error: job.error,
      },
      summary: {
        leads: job.leads_found,
        hot: count("hot"),
        warm: count("warm"),
        cold: count("cold"),
        contacts: Number(contacts.found),
        new_contacts: Number(contacts.first),
      },
      leads_url: leadsUrl.href,
    },
  };
}
