/** A TTL key-value store for provider results; values are JSON-serialisable. */
export interface Cache {
  readonly kind: "memory" | "upstash";
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlMs: number): Promise<void>;
}

/** Stored wrapper so a cached "nothing found" is told apart from a miss. */
export interface CacheEntry<T> {
  v: T;
}
