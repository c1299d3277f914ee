import { NO_OWN_ENRICH_KEYS, type EnrichKeys } from "./enrich-keys";
import { saveLeadAndSettle } from "./lead-steps";
import type { UrlRef } from "./mcp-calls";
import { startAndScrape } from "./scrape-step";
import { settleUrl, type Settled } from "./settle";

export type Processed = { skipped: true } | ({ skipped: false } & Settled);

/**
 * A URL's whole work in one step when scoring is by rules: claim it, crawl it, then score,
 * enrich, save and settle (saveLeadAndSettle), or settle it as blocked / missing / failed. The
 * scraped site never enters the run's step state, which spares serializing it through the
 * executor on every call. A retry redoes the crawl — harmless: every write is idempotent and a
 * crawl is never charged on its own.
 */
export async function processUrl(
  ref: UrlRef,
  enrichKeys: EnrichKeys = NO_OWN_ENRICH_KEYS,
): Promise<Processed> {
  const scraped = await startAndScrape(ref.jobId, ref.jobUrlId, ref.url);
  if (scraped.skipped) return { skipped: true };
  const { site, options, rules } = scraped;
  const settled =
    scraped.outcome === "completed" && site
      ? await saveLeadAndSettle(
          ref,
          site,
          options,
          options.qualify ? { kind: "inline", rules } : { kind: "none" },
          enrichKeys,
        )
      : await settleUrl(ref.jobId, ref.jobUrlId, {
          outcome: scraped.outcome,
          error: scraped.error,
          lead: false,
          newLead: false,
          charges: [],
        });
  return { skipped: false, ...settled };
}
