import { asServiceRole } from "@/lib/db";
import { PRICES, chargeJobCredits } from "@/lib/credits";
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
  type ScrapedSite,
} from "@/lib/leads";

export interface UrlRef {
  jobId: string;
  orgId: string;
  jobUrlId: string;
  url: string;
}

export interface SavedLead {
  leadId: string;
  newToJob: boolean;
  charged: number;
}

/** Upserts the site's lead and charges the scrape, in one transaction (once per job URL). */
export async function saveLead(ref: UrlRef, site: ScrapedSite): Promise<SavedLead> {
  return asServiceRole(async (tx) => {
    const lead = await upsertLead(tx, ref.orgId, leadFromScrape(site), {
      job_id: ref.jobId,
      job_url_id: ref.jobUrlId,
      url: ref.url,
      at: new Date().toISOString(),
    });
    const charged = await chargeJobCredits(
      tx,
      ref.jobId,
      PRICES.scrape_site,
      `job:${ref.jobId}:url:${ref.jobUrlId}:scrape`,
      `Scraped ${ref.url}`,
    );
    return { leadId: lead.id, newToJob: lead.newToJob, charged };
  });
}

const QUALIFY_TIMEOUT_MS = 60_000;

/**
 * Scores the lead with the organization's rules (organizations.scoring_rules, else the qualifier's
 * default profile), stores the score and charges LLM scoring once per lead per job. Rules the
 * qualifier refuses (an old, now invalid set) fall back to the default rather than leave the lead
 * unscored.
 */
export async function qualifyLead(
  ref: UrlRef,
  leadId: string,
  site: ScrapedSite,
): Promise<{ charged: number }> {
  const org = await asServiceRole((tx) =>
    tx
      .selectFrom("organizations")
      .select("scoring_rules")
      .where("id", "=", ref.orgId)
      .executeTakeFirst(),
  );
  const lead_data = leadDataFor(site);
  const rules = org?.scoring_rules ?? undefined;
  let raw: unknown;
  try {
    raw = await callTool(
      "qualifier",
      "qualify_lead",
      { lead_data, ...(rules ? { rules } : {}) },
      {
        timeoutMs: QUALIFY_TIMEOUT_MS,
      },
    );
  } catch (err) {
    if (!(err instanceof McpToolError) || !rules) throw err;
    raw = await callTool(
      "qualifier",
      "qualify_lead",
      { lead_data },
      { timeoutMs: QUALIFY_TIMEOUT_MS },
    );
  }
  const q = ZQualificationSchema.parse(raw);
  return asServiceRole(async (tx) => {
    await applyQualification(tx, leadId, q);
    const price = q.method === "llm" ? PRICES.qualify_llm : PRICES.qualify_rules;
    const charged = await chargeJobCredits(
      tx,
      ref.jobId,
      price,
      `job:${ref.jobId}:lead:${leadId}:qualify`,
      `Qualified lead by ${q.method}`,
    );
    return { charged };
  });
}

const ENRICH_TIMEOUT_MS = 60_000;

/** Company facts for the lead's website; charged once per lead per job when anything was found. */
export async function enrichLead(
  ref: UrlRef,
  leadId: string,
  website: string,
): Promise<{ charged: number }> {
  let raw: unknown;
  try {
    raw = await callTool(
      "enricher",
      "enrich_company",
      { domain: website },
      { timeoutMs: ENRICH_TIMEOUT_MS },
    );
  } catch (err) {
    if (err instanceof McpToolError) return { charged: 0 }; // nothing to enrich with: free
    throw err;
  }
  const e = ZCompanyEnrichmentSchema.parse(raw);
  if (!enrichedAnything(e)) return { charged: 0 };
  return asServiceRole(async (tx) => {
    await applyCompanyEnrichment(tx, ref.orgId, leadId, e);
    const charged = await chargeJobCredits(
      tx,
      ref.jobId,
      PRICES.enrich_lead,
      `job:${ref.jobId}:lead:${leadId}:enrich`,
      `Enriched lead ${e.domain}`,
    );
    return { charged };
  });
}
