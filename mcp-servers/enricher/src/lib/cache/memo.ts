import type { Cache, CacheEntry } from "./cache";

export interface MemoStats {
  /** Calls answered from the cache or by joining a call already in flight. */
  hits: number;
  /** Calls that ran the provider. */
  misses: number;
}

/**
 * Read-through cache with in-flight de-duplication: while one caller is fetching a key, every
 * other caller for that key waits on the same promise, so 50 leads of one domain cost one fetch.
 * Results (including "nothing found") are cached; errors are not, so a flaky provider is retried.
 */
export class Memo {
  private readonly inFlight = new Map<string, Promise<unknown>>();
  readonly stats: MemoStats = { hits: 0, misses: 0 };
  readonly byProvider = new Map<string, MemoStats>();

  constructor(
    private readonly cache: Cache,
    private readonly onCacheError: (err: unknown) => void = () => {},
  ) {}

  get cacheKind(): Cache["kind"] {
    return this.cache.kind;
  }

  private peek<T>(fullKey: string): CacheEntry<T> | undefined {
    const stored = this.cache.peek?.<CacheEntry<T>>(fullKey);
    return stored && "v" in stored ? stored : undefined;
  }

  private count(provider: string, hit: boolean): void {
    const s = this.byProvider.get(provider) ?? { hits: 0, misses: 0 };
    if (hit) s.hits++;
    else s.misses++;
    this.byProvider.set(provider, s);
    if (hit) this.stats.hits++;
    else this.stats.misses++;
  }

  async run<T>(
    provider: string,
    key: string,
    ttlMs: number,
    fn: () => Promise<T>,
  ): Promise<{ value: T; cached: boolean }> {
    const fullKey = `${provider}:${key}`;
    // Warm path: an in-process hit is answered without the in-flight bookkeeping below.
    const hit = this.peek<T>(fullKey);
    if (hit) {
      this.count(provider, true);
      return { value: hit.v, cached: true };
    }
    const pending = this.inFlight.get(fullKey);
    if (pending) {
      this.count(provider, true);
      return { value: (await pending) as T, cached: true };
    }
    const work = (async () => {
      let stored: CacheEntry<T> | undefined;
      try {
        stored = await this.cache.get<CacheEntry<T>>(fullKey);
      } catch (err) {
        this.onCacheError(err);
      }
      if (stored && "v" in stored) return { value: stored.v, cached: true };
      const value = await fn();
      try {
        await this.cache.set<CacheEntry<T>>(fullKey, { v: value }, ttlMs);
      } catch (err) {
        this.onCacheError(err);
      }
      return { value, cached: false };
    })();
    this.inFlight.set(
      fullKey,
      work.then((r) => r.value),
    );
    // The joined promise must not raise an unhandled rejection when nobody else is waiting.
    this.inFlight.get(fullKey)!.catch(() => {});
    try {
      const result = await work;
      this.count(provider, result.cached);
      return result;
    } catch (err) {
      this.count(provider, false);
      throw err;
    } finally {
      this.inFlight.delete(fullKey);
    }
  }
}
