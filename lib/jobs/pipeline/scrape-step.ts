import { sql } from "kysely";
import { asServiceRole } from "@/lib/db";
import { callTool, McpToolError } from "@/lib/mcp";
import { ZScrapedSiteSchema, type ScrapedSite } from "@/lib/leads";
import { ZJobOptionsSchema, type JobOptions } from "../schemas";

export type UrlOutcome = "completed" | "blocked" | "not_found" | "failed";

export type ScrapeStep =
  | { skipped: true }
  | {
      skipped: false;
      outcome: UrlOutcome;
      error?: string;
      site?: ScrapedSite;
      options: JobOptions;
      /** The organization's scoring rules (organizations.scoring_rules); null: the default. */
      rules: unknown;
    };

const SCRAPE_TIMEOUT_MS = 120_000;

/**
 * Claims the URL for work (processing, one more attempt) unless its job has ended or it has
 * settled already, then crawls it through the scraper. A scraper that cannot answer throws
 * (McpUnavailableError) so the step is retried with backoff; a site that is blocked, missing or
 * broken is an outcome, not an error, and costs nothing.
 */
export async function startAndScrape(
  jobId: string,
  jobUrlId: string,
  url: string,
): Promise<ScrapeStep> {
  // One statement (this runs once per URL): claim the URL only while its job is processing, and
  // read the job's options and the organization's scoring rules on the way.
  const claimed = await asServiceRole(async (tx) => {
    const { rows } = await sql<{ options: unknown; scoring_rules: unknown }>`
      with job as (
        select j.options, j.org_id from public.scraping_jobs j
        where j.id = ${jobId}::uuid and j.status = 'processing'
      ), claimed as (
        update public.job_urls set status = 'processing', attempts = attempts + 1,
               started_at = coalesce(started_at, now())
        where id = ${jobUrlId}::uuid and status in ('pending', 'processing')
          and exists (select 1 from job)
        returning id
      )
      select job.options, o.scoring_rules from claimed, job
      left join public.organizations o on o.id = job.org_id`.execute(tx);
    const row = rows[0];
    return row
      ? { options: ZJobOptionsSchema.parse(row.options), rules: row.scoring_rules ?? null }
      : undefined;
  });
  if (!claimed) return { skipped: true };
  const { options, rules } = claimed;

  let raw: unknown;
  try {
    raw = await callTool(
      "scraper",
      "scrape_url",
      { url, options: { maxPages: options.max_pages_per_site, render: options.render } },
      { timeoutMs: SCRAPE_TIMEOUT_MS },
    );
  } catch (err) {
    if (err instanceof McpToolError)
      return { skipped: false, outcome: "failed", error: err.message, options, rules };
    throw err;
  }
  const site = ZScrapedSiteSchema.parse(raw);
  const outcome: UrlOutcome =
    site.status === "ok"
      ? "completed"
      : site.status === "blocked"
        ? "blocked"
        : site.status === "not_found"
          ? "not_found"
          : "failed";
  return outcome === "completed"
    ? { skipped: false, outcome, site, options, rules }
    : { skipped: false, outcome, error: site.error ?? site.status, options, rules };
}
