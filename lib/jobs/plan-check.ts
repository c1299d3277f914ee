import { PLAN_SPECS, enforceLimit, pastDueError, readOrgPlan, type Plan } from "@/lib/billing";
import { withUser, type JwtClaims } from "@/lib/db";
import type { CreateJob } from "./schemas";

export interface JobPlan {
  plan: Plan;
  /** Sitemap jobs read at most this many URLs (the asked max_urls, or the default within the plan). */
  sitemapMaxUrls?: number;
  /** True when this job's leads may be scored by Claude (configured and allowed by the plan). */
  llm: boolean;
}

/**
 * The plan's say on a job before anything is fetched or written: an overdue payment refuses new
 * jobs, asked-for pages per site and sitemap URLs must be within the plan. A sitemap job that did
 * not ask for max_urls reads at most the plan's URLs per job instead of the default.
 */
export async function checkJobAgainstPlan(
  claims: JwtClaims,
  orgId: string,
  job: CreateJob,
  raw: unknown,
  llmConfigured: boolean,
): Promise<JobPlan> {
  const { plan, status } = await withUser(claims, (tx) => readOrgPlan(tx, orgId));
  if (status === "past_due") throw pastDueError(plan);
  const spec = PLAN_SPECS[plan];
  const options = (raw as { options?: { max_pages_per_site?: unknown } } | null)?.options;
  if (typeof options?.max_pages_per_site === "number")
    enforceLimit(plan, "pages_per_site", options.max_pages_per_site);
  if (job.type === "bulk") enforceLimit(plan, "urls_per_job", job.urls.length);
  let sitemapMaxUrls: number | undefined;
  if (job.type === "sitemap") {
    const asked = (raw as { max_urls?: unknown } | null)?.max_urls;
    if (typeof asked === "number") enforceLimit(plan, "urls_per_job", asked);
    sitemapMaxUrls = Math.min(job.max_urls, spec.urlsPerJob);
  }
  return { plan, sitemapMaxUrls, llm: llmConfigured && spec.claudeScoring };
}
