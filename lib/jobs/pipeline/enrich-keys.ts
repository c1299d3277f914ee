import { env } from "@/lib/env";
import { orgProviderKeys, type KeyProvider } from "@/lib/provider-keys";

// Enrichment on the organization's own Hunter and Apollo keys (docs/provider-keys.md, "Jobs and
// credits"). Which keys a job uses, and whether its enrichment is charged, are fixed when it is
// created; the keys themselves are opened only by the step that calls the enricher.

/** The enrichment providers an organization can bring its own key for. */
export const ENRICH_KEY_PROVIDERS = ["hunter", "apollo"] as const satisfies readonly KeyProvider[];
export type EnrichKeyProvider = (typeof ENRICH_KEY_PROVIDERS)[number];

export const isEnrichKeyProvider = (p: string): p is EnrichKeyProvider =>
  (ENRICH_KEY_PROVIDERS as readonly string[]).includes(p);

/** The paid enrichment providers the platform runs on its own keys, as configured. */
export function platformEnrichProviders(): string[] {
  const e = env();
  return [
    ...(e.HUNTER_API_KEY ? ["hunter"] : []),
    ...(e.APOLLO_API_KEY ? ["apollo"] : []),
    ...(e.LINKEDIN_SEARCH_API_KEY && e.LINKEDIN_SEARCH_BASE_URL ? ["linkedin_search"] : []),
  ];
}

/**
 * Whether a lead's enrichment runs wholly on the organization's own keys, so costs nothing:
 * every paid provider that would serve it (the platform's configured ones, and the
 * organization's own) is one the organization has a key for. With some of them only, the
 * platform's remaining provider still serves the lead and the price stays. LinkedIn search takes
 * no organization key, so a platform that runs it charges enrichment.
 */
export function enrichOnOwnKeys(own: readonly KeyProvider[]): boolean {
  const mine: string[] = own.filter(isEnrichKeyProvider);
  return mine.length > 0 && platformEnrichProviders().every((p) => mine.includes(p));
}

/** What a job's URL work knows about its enrichment keys (from job/url.requested). */
export interface EnrichKeys {
  /** Providers called with the organization's own key. */
  own: EnrichKeyProvider[];
  /** The enrichment is not charged: no paid provider may run on the platform's key. */
  free: boolean;
}

export const NO_OWN_ENRICH_KEYS: EnrichKeys = { own: [], free: false };

export function enrichKeysOf(work: {
  ownKeys?: readonly KeyProvider[];
  ownEnrich?: boolean;
}): EnrichKeys {
  const own = (work.ownKeys ?? []).filter(isEnrichKeyProvider);
  return own.length ? { own, free: work.ownEnrich === true } : NO_OWN_ENRICH_KEYS;
}

/** The enricher's per-call arguments: `provider_keys` and `skip_providers` (tools' inputs). */
export interface EnrichCallArgs {
  provider_keys?: Partial<Record<EnrichKeyProvider, string>>;
  skip_providers?: EnrichKeyProvider[];
}

/**
 * Opens the organization's keys for one enricher call (never stored, never in an event). A key
 * removed since the job was created: when the enrichment is charged, the platform's key serves
 * (the job holds credits for it); when it is free, that provider is skipped, as is any paid
 * provider the platform configured since (Hunter or Apollo), since the job holds no credits for them.
 */
export async function enrichCallArgs(orgId: string, keys: EnrichKeys): Promise<EnrichCallArgs> {
  if (!keys.own.length) return {};
  const opened = await orgProviderKeys(orgId, keys.own);
  const provider_keys: EnrichCallArgs["provider_keys"] = {};
  for (const p of keys.own) if (opened[p]) provider_keys[p] = opened[p];
  const skip = keys.free ? ENRICH_KEY_PROVIDERS.filter((p) => !provider_keys[p]) : [];
  return {
    ...(Object.keys(provider_keys).length ? { provider_keys } : {}),
    ...(skip.length ? { skip_providers: skip } : {}),
  };
}

const LABELS: Record<string, string> = {
  hunter: "Hunter",
  apollo: "Apollo",
  linkedin_search: "LinkedIn search",
};

/** What the organization's Hunter and Apollo keys change on this installation, in a sentence. */
export function ownEnrichKeysRule(): string {
  const paid = platformEnrichProviders();
  if (paid.includes("linkedin_search"))
    return "Enrichment here also uses LinkedIn search on the platform's key, so it is charged credits as usual; your Hunter and Apollo keys are still the ones called.";
  if (!paid.length)
    return "With a Hunter or Apollo key saved, enrichment calls it on your account and costs no credits.";
  const names = paid.map((p) => LABELS[p]).join(" and ");
  return paid.length === 1
    ? `Enrichment here uses ${names}: with your own ${names} key saved it runs on your account and costs no credits.`
    : `Enrichment here uses ${names}: with your keys for all of them it runs on your accounts and costs no credits; with some only, the platform's remaining provider still serves and enrichment is charged as usual.`;
}
