import type { SafeFetch } from "@leadscout/http";
import type { Memo } from "../cache/memo";
import type { SiteTarget } from "../domain";
import type { ProviderGuard } from "../resilience/provider-guard";
import type { CompanyData, CompanyField } from "../schemas";

export interface ProviderDeps {
  fetch: SafeFetch;
  memo: Memo;
  /** How long any provider's answer is reused. */
  ttlMs: number;
  /**
   * Partition of the cache for a caller's own key (a hash of it, never the key): answers bought
   * with one organization's key are not served to anyone else (docs/enricher.md, own keys).
   */
  cacheScope?: string;
}

export type FieldConfidence = Partial<Record<CompanyField, number>>;

export interface CompanyAnswer {
  data: CompanyData;
  /** Overrides the provider's default confidence for fields it is surer or less sure of. */
  confidence?: FieldConfidence;
  cached: boolean;
}

/** One source of company facts in the waterfall. */
export interface CompanyProvider {
  readonly name: string;
  /** Fields this provider can fill, and how far it is trusted on each by default. */
  readonly confidence: FieldConfidence;
  readonly guard: ProviderGuard;
  lookup(site: SiteTarget): Promise<CompanyAnswer>;
}

/** Cache first, then the guarded call: a cache hit costs no rate-limit token and no request. */
export async function cachedGuarded<T>(
  deps: ProviderDeps,
  guard: ProviderGuard,
  key: string,
  fn: (signal: AbortSignal) => Promise<T>,
): Promise<{ value: T; cached: boolean }> {
  const scoped = deps.cacheScope ? `${deps.cacheScope}:${key}` : key;
  return deps.memo.run(guard.provider, scoped, deps.ttlMs, () => guard.run(fn));
}
