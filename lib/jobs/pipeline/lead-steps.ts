import { asServiceRole } from "@/lib/db";
import { contactsFromLead, upsertContacts } from "@/lib/contacts";
import { PRICES, enrichPrice, qualifyPrice } from "@/lib/credits";
import {
  applyQualification,
  leadDataFor,
  leadFromScrape,
  upsertLead,
  type Qualification,
  type ScrapedSite,
} from "@/lib/leads";
import type { JobOptions } from "../schemas";
import { enrichLead, enrichedAnything, saveEnrichment } from "./enrich";
import { NO_OWN_ENRICH_KEYS, type EnrichKeys } from "./enrich-keys";
import { optional, type UrlRef } from "./mcp-calls";
import { qualifyLead } from "./qualify";
import { lockJobAndLead, settleInTx, type Charge, type Settled } from "./settle";

export type { UrlRef } from "./mcp-calls";

export interface SavedUrl extends Settled {
  leadId: string;
  newToJob: boolean;
}

/**
 * How the lead gets its score: by the rules here (`inline`), already scored by the throttled LLM
 * function (`done`), or not at all (qualification off, or the LLM path failed for good).
 */
export type Scoring =
  | { kind: "inline"; rules: unknown }
  // ownKey: Claude scored with the organization's own Anthropic key (not charged).
  | { kind: "done"; qualification: Qualification; ownKey?: boolean }
  | { kind: "none" };

function chargeKey(ref: UrlRef, what: string): string {
  return `job:${ref.jobId}:${what}`;
}

/**
 * The lead step: scores and enriches the site's company (the MCP calls run at once), then in ONE
 * transaction upserts the lead, stores its score and enrichment when this URL is the job's first
 * to find it, and settles the URL with its charges (public.settle_job_url). Every write is
 * idempotent per job URL or per lead and job, so a retried or replayed step changes nothing twice.
 */
export async function saveLeadAndSettle(
  ref: UrlRef,
  site: ScrapedSite,
  options: JobOptions,
  scoring: Scoring,
  enrichKeys: EnrichKeys = NO_OWN_ENRICH_KEYS,
): Promise<SavedUrl> {
  const draft = leadFromScrape(site);
  const [q, e] = await Promise.all([
    scoring.kind === "inline"
      ? // Inline scoring is the rules path: Claude only ever scores through qualify-llm, so a
        // plan without Claude scoring never reaches it even when the qualifier has a key.
        optional("qualification", ref, qualifyLead(leadDataFor(site), scoring.rules, "rules"))
      : scoring.kind === "done"
        ? scoring.qualification
        : undefined,
    options.enrich ? enrichLead(ref, draft, enrichKeys) : undefined,
  ]);
  const ownLlmKey = scoring.kind === "done" && scoring.ownKey === true;
  return asServiceRole(async (tx) => {
    await lockJobAndLead(tx, ref.jobId, ref.orgId, draft.dedupeKey);
    const lead = await upsertLead(tx, ref.orgId, draft, {
      job_id: ref.jobId,
      job_url_id: ref.jobUrlId,
      url: ref.url,
      at: new Date().toISOString(),
    });
    await upsertContacts(tx, ref.orgId, lead.id, ref.jobId, contactsFromLead(draft));
    const charges: Charge[] = [
      {
        amount: PRICES.scrape_site,
        key: chargeKey(ref, `url:${ref.jobUrlId}:scrape`),
        description: `Scraped ${ref.url}`,
      },
    ];
    // A lead this job has already found (the same company on two URLs) is scored and enriched once.
    if (lead.newToJob && q) {
      await applyQualification(tx, lead.id, q);
      charges.push({
        amount: qualifyPrice(q.method, ownLlmKey),
        key: chargeKey(ref, `lead:${lead.id}:qualify`),
        description: `Qualified lead by ${q.method}${q.method === "llm" && ownLlmKey ? " (own Anthropic key)" : ""}`,
      });
    }
    if (lead.newToJob && e) {
      await saveEnrichment(tx, ref.orgId, lead.id, e);
      if (enrichedAnything(e))
        charges.push({
          amount: enrichPrice(enrichKeys.free),
          key: chargeKey(ref, `lead:${lead.id}:enrich`),
          description: `Enriched lead ${draft.domain}${enrichKeys.free ? " (own provider keys)" : ""}`,
        });
    }
    const settled = await settleInTx(tx, ref.jobId, ref.jobUrlId, {
      outcome: "completed",
      lead: true,
      newLead: lead.newToJob,
      charges,
    });
    return { ...settled, leadId: lead.id, newToJob: lead.newToJob };
  });
}
