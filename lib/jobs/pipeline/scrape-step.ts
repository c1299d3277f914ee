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
  const claimed = await asServiceRole(async (tx) => {
    const job = await tx
      .selectFrom("scraping_jobs")
      .select(["status", "options", "org_id"])
      .where("id", "=", jobId)
      .executeTakeFirst();
    if (job?.status !== "processing") return undefined;
    const row = await tx
      .updateTable("job_urls")
      .set({
        status: "processing",
        attempts: sql`attempts + 1`,
        started_at: sql`coalesce(started_at, now())`,
      })
      .where("id", "=", jobUrlId)
      .where("status", "in", ["pending", "processing"])
      .returning("id")
      .executeTakeFirst();
    if (!row) return undefined;
    const org = await tx
      .selectFrom("organizations")
      .select("scoring_rules")
      .where("id", "=", job.org_id)
      .executeTakeFirst();
    return { options: ZJobOptionsSchema.parse(job.options), rules: org?.scoring_rules ?? null };
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
