/** A TTL key-value store for provider results; values are JSON-serialisable. */
export interface Cache {
  readonly kind: "memory" | "upstash";
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlMs: number): Promise<void>;
  /**
   * A synchronous read for caches that live in this process: a warm hit then costs a map lookup
   * instead of the promise machinery of `get`. Remote caches leave it out.
   */
  peek?<T>(key: string): T | undefined;
}

/** Stored wrapper so a cached "nothing found" is told apart from a miss. */
export interface CacheEntry<T> {
  v: T;
}
