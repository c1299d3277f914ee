import type { Cache } from "./cache";

/**
 * Cached values are copied once when stored and frozen, then handed out as they are: a hit costs
 * no copy (structuredClone on every hit was most of a warm batch's time), and a caller that tried
 * to change a shared value would throw instead of corrupting it for everyone else.
 */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * In-process cache: one instance only, bounded so a long batch run cannot grow it without limit
 * (oldest insertions are evicted first; Map keeps insertion order).
 */
export class MemoryCache implements Cache {
  readonly kind = "memory" as const;
  private readonly entries = new Map<string, { value: unknown; expiresAt: number }>();

  constructor(
    private readonly maxEntries = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get<T>(key: string): Promise<T | undefined> {
    return this.peek<T>(key);
  }

  peek<T>(key: string): T | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.value as T;
  }

  async set<T>(key: string, value: T, ttlMs: number): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, {
      value: deepFreeze(structuredClone(value)),
      expiresAt: this.now() + ttlMs,
    });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
