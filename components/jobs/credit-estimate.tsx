import { maxUrlCost, type JobPricing } from "@/lib/credits/prices";
import { numberFormat } from "./format";

/**
 * The most the job can cost, from the one price table: every URL at its worst case. Failed,
 * blocked and not-found URLs cost nothing, so the real charge is usually lower.
 */
export function CreditEstimate({
  urlCount,
  enrich,
  qualify,
  pricing,
  sitemap,
}: {
  urlCount: number;
  enrich: boolean;
  qualify: boolean;
  pricing: JobPricing;
  sitemap: boolean;
}) {
  const perUrl = maxUrlCost({ ...pricing, enrich, qualify });
  const total = perUrl * urlCount;
  return (
    <p aria-live="polite" className="text-sm text-zinc-700 dark:text-zinc-300">
      Estimated cost: <strong>up to {numberFormat.format(total)} credits</strong> (
      {numberFormat.format(urlCount)} {sitemap ? "pages at most" : urlCount === 1 ? "URL" : "URLs"}{" "}
      × {numberFormat.format(perUrl)} per URL). Only sites crawled successfully are charged.
      {enrich && pricing.ownEnrich ? " Enrichment runs on your own provider keys: no credits." : ""}
    </p>
  );
}
