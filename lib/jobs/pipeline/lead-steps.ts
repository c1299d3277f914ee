import { asServiceRole, type Tx } from "@/lib/db";
import { PRICES, chargeJobCredits } from "@/lib/credits";
import { log } from "@/lib/log";
import { callTool, McpToolError } from "@/lib/mcp";
import {
  ZCompanyEnrichmentSchema,
  ZQualificationSchema,
  applyCompanyEnrichment,
  applyQualification,
  enrichedAnything,
  leadDataFor,
  leadFromScrape,
  upsertLead,
  type CompanyEnrichment,
  type Qualification,
  type ScrapedSite,
} from "@/lib/leads";
import type { JobOptions } from "../schemas";

export interface UrlRef {
  jobId: string;
  orgId: string;
  jobUrlId: string;
  url: string;
}

export interface SavedLead {
  leadId: string;
  newToJob: boolean;
  credits: number;
}

const QUALIFY_TIMEOUT_MS = 60_000;
const ENRICH_TIMEOUT_MS = 60_000;

/** One retry: lib/mcp restarts a crashed server on the next call, so a crash costs one attempt. */
async function twice<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof McpToolError) throw err;
    return fn();
  }
}

/**
 * Scores the lead with the organization's rules (organizations.scoring_rules, else the
 * qualifier's default profile). Rules the qualifier refuses (an old, now invalid set) fall back to
 * the default rather than leave the lead unscored.
 */
async function qualify(site: ScrapedSite, rules: unknown): Promise<Qualification> {
  const lead_data = leadDataFor(site);
  const call = (withRules: boolean) =>
    callTool("qualifier", "qualify_lead", withRules ? { lead_data, rules } : { lead_data }, {
      timeoutMs: QUALIFY_TIMEOUT_MS,
    });
  let raw: unknown;
  try {
    raw = await twice(() => call(Boolean(rules)));
  } catch (err) {
    if (!(err instanceof McpToolError) || !rules) throw err;
    raw = await twice(() => call(false));
  }
  return ZQualificationSchema.parse(raw);
}

/** Company facts for the lead's website (the embedded default reads the site itself). */
async function enrich(website: string): Promise<CompanyEnrichment> {
  const raw = await twice(() =>
    callTool("enricher", "enrich_company", { domain: website }, { timeoutMs: ENRICH_TIMEOUT_MS }),
  );
  return ZCompanyEnrichmentSchema.parse(raw);
}

/** An extra that could not be had: the lead is kept without it, and it costs nothing. */
function optional<T>(what: string, ref: UrlRef, p: Promise<T>): Promise<T | undefined> {
  return p.catch((err: unknown) => {
    log.warn(`lead kept without ${what}`, {
      jobUrlId: ref.jobUrlId,
      err: err instanceof Error ? err.message : String(err),
    });
    return undefined;
  });
}

async function charge(tx: Tx, ref: UrlRef, amount: number, key: string, text: string) {
  // Free work (rules scoring) writes no ledger row.
  return amount > 0 ? chargeJobCredits(tx, ref.jobId, amount, `job:${ref.jobId}:${key}`, text) : 0;
}

/**
 * The lead step: scores and enriches the site's company (both MCP calls at once), then in ONE
 * transaction upserts the lead, charges the scrape and — when this URL is the job's first to find
 * the lead — stores and charges the scoring and enrichment. Every write is idempotent per job URL
 * or per lead and job, so a retried or replayed step changes nothing twice.
 */
export async function processLead(
  ref: UrlRef,
  site: ScrapedSite,
  options: JobOptions,
  rules: unknown,
): Promise<SavedLead> {
  const [q, e] = await Promise.all([
    options.qualify ? optional("qualification", ref, qualify(site, rules)) : undefined,
    options.enrich ? optional("enrichment", ref, enrich(site.finalUrl || site.url)) : undefined,
  ]);
  return asServiceRole(async (tx) => {
    const lead = await upsertLead(tx, ref.orgId, leadFromScrape(site), {
      job_id: ref.jobId,
      job_url_id: ref.jobUrlId,
      url: ref.url,
      at: new Date().toISOString(),
    });
    let credits = await charge(
      tx,
      ref,
      PRICES.scrape_site,
      `url:${ref.jobUrlId}:scrape`,
      `Scraped ${ref.url}`,
    );
    // A lead this job has already found (the same company on two URLs) is scored and enriched once.
    if (lead.newToJob && q) {
      await applyQualification(tx, lead.id, q);
      const price = q.method === "llm" ? PRICES.qualify_llm : PRICES.qualify_rules;
      credits += await charge(
        tx,
        ref,
        price,
        `lead:${lead.id}:qualify`,
        `Qualified lead by ${q.method}`,
      );
    }
    if (lead.newToJob && e && enrichedAnything(e)) {
      await applyCompanyEnrichment(tx, ref.orgId, lead.id, e);
      credits += await charge(
        tx,
        ref,
        PRICES.enrich_lead,
        `lead:${lead.id}:enrich`,
        `Enriched lead ${e.domain}`,
      );
    }
    return { leadId: lead.id, newToJob: lead.newToJob, credits };
  });
}
