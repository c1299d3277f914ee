import { sql } from "kysely";
import { asServiceRole, type JobStatus } from "@/lib/db";
import { releaseJobCredits } from "@/lib/credits";
import type { UrlOutcome } from "./scrape-step";

export interface Settlement {
  outcome: UrlOutcome;
  error?: string;
  /** A lead was saved from this URL. */
  lead: boolean;
  /** That lead was new to the job (counts in the job's leads_found). */
  newLead: boolean;
  credits: number;
}

export interface Settled {
  /** false when the URL had settled already (a replay) or its job was cancelled. */
  changed: boolean;
  /** Set when this was the job's last URL: the status the job ended with. */
  finished?: Extract<JobStatus, "completed" | "failed">;
}

/**
 * Records a URL's outcome and bumps the job's counters in one transaction, only if the URL was
 * still open — so a replayed settle counts nothing twice. The URL that settles last also ends the
 * job (completed when any URL succeeded, failed when none did) and gives back the unused hold.
 */
export async function settleUrl(jobId: string, jobUrlId: string, s: Settlement): Promise<Settled> {
  return asServiceRole(async (tx) => {
    const ok = s.outcome === "completed" ? 1 : 0;
    // One statement: close the URL if still open and, only then, count it on a processing job.
    const { rows } = await sql<{
      processed_urls: number;
      total_urls: number;
      successful_urls: number;
    }>`
      with url as (
        update public.job_urls
        set status = ${s.outcome}, error = ${s.error?.slice(0, 1000) ?? null},
            leads_found = ${s.lead ? 1 : 0}, credits_charged = ${s.credits}, completed_at = now()
        where id = ${jobUrlId}::uuid and status in ('pending', 'processing')
        returning id
      )
      update public.scraping_jobs
      set processed_urls = processed_urls + 1, successful_urls = successful_urls + ${ok},
          failed_urls = failed_urls + ${1 - ok}, leads_found = leads_found + ${s.newLead ? 1 : 0}
      where id = ${jobId}::uuid and status = 'processing' and exists (select 1 from url)
      returning processed_urls, total_urls, successful_urls`.execute(tx);
    const job = rows[0];
    if (!job) return { changed: false };
    if (job.processed_urls < job.total_urls) return { changed: true };
    const finished = job.successful_urls > 0 ? "completed" : "failed";
    await tx
      .updateTable("scraping_jobs")
      .set({
        status: finished,
        completed_at: new Date(),
        error: finished === "failed" ? "No URL could be scraped" : null,
      })
      .where("id", "=", jobId)
      .execute();
    await releaseJobCredits(tx, jobId);
    return { changed: true, finished };
  });
}
