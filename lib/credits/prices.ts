// The one price table. Everything that charges or reserves credits reads it from here.
// Work that does not succeed costs nothing: blocked, not-found and failed URLs are never charged.
export const PRICES = {
  /** A site crawled successfully (status ok), whatever it yielded. */
  scrape_site: 1,
  /** A lead enriched (company facts found for it); once per lead per job. */
  enrich_lead: 1,
  /** Qualification by the rules engine. */
  qualify_rules: 0,
  /** Qualification by the LLM; once per lead per job. */
  qualify_llm: 1,
} as const;

export type PricedWork = keyof typeof PRICES;

export interface CostOptions {
  qualify: boolean;
  enrich: boolean;
  /** True when the qualifier may use the LLM (it falls back to rules otherwise). */
  llm: boolean;
  /** Claude scores with the organization's own Anthropic key: that scoring is not charged. */
  ownLlmKey?: boolean;
  /** Every paid enrichment provider runs on the organization's own key: enrichment is free. */
  ownEnrich?: boolean;
}

/** What a job's price depends on besides its options (the New job form's estimate). */
export type JobPricing = Pick<CostOptions, "llm" | "ownLlmKey" | "ownEnrich">;

/** What scoring one lead costs: Claude with the organization's own key costs it nothing. */
export function qualifyPrice(method: "llm" | "rules", ownLlmKey = false): number {
  if (method === "rules") return PRICES.qualify_rules;
  return ownLlmKey ? 0 : PRICES.qualify_llm;
}

/**
 * What enriching one lead costs: one price for all of its enrichment, so nothing only when every
 * paid provider that serves it runs on the organization's own key (docs/provider-keys.md).
 */
export function enrichPrice(ownEnrich = false): number {
  return ownEnrich ? 0 : PRICES.enrich_lead;
}

/**
 * The most one URL can cost. A site yields at most one lead (the company, with its people and
 * contacts inside), so the worst case is scrape + enrich + qualify.
 */
export function maxUrlCost(opts: CostOptions): number {
  return (
    PRICES.scrape_site +
    (opts.enrich ? enrichPrice(opts.ownEnrich) : 0) +
    (opts.qualify ? qualifyPrice(opts.llm ? "llm" : "rules", opts.ownLlmKey) : 0)
  );
}

/** The credits a job holds when created: every URL at its worst case. */
export function maxJobCost(urlCount: number, opts: CostOptions): number {
  return urlCount * maxUrlCost(opts);
}
