import type { RateLimitPolicy } from "./policies";
import type { RateLimiter, RateLimitResult } from "./types";

interface Window {
  start: number;
  count: number;
}

/** Counters kept at most; past it the least recently used are dropped. */
export const MEMORY_LIMITER_MAX_KEYS = 100_000;

/**
 * Fixed windows counted in this process. Right for one instance (the embedded default); several
 * instances each count on their own, which is why production sets Upstash.
 *
 * Memory is bounded by evicting the least recently used counter (a Map iterates in insertion
 * order; each use re-inserts its key at the end). A flood of fresh identifiers therefore pushes
 * out only idle counters: a client being limited right now keeps its count, where clearing every
 * counter at the cap would hand it, and everyone, a fresh allowance.
 */
export class MemoryRateLimiter implements RateLimiter {
  readonly kind = "memory" as const;
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxKeys: number = MEMORY_LIMITER_MAX_KEYS,
  ) {}

  /** Counters currently held. */
  get size(): number {
    return this.windows.size;
  }

  async limit(
    policyName: string,
    policy: RateLimitPolicy,
    identifier: string,
  ): Promise<RateLimitResult> {
    const now = this.now();
    const start = Math.floor(now / policy.windowMs) * policy.windowMs;
    const key = `${policyName}:${identifier}`;
    let w = this.windows.get(key);
    if (w) this.windows.delete(key);
    if (!w || w.start !== start) w = { start, count: 0 };
    this.windows.set(key, w); // now the most recently used
    while (this.windows.size > this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
    w.count += 1;
    const success = w.count <= policy.limit;
    return {
      success,
      limit: policy.limit,
      remaining: Math.max(0, policy.limit - w.count),
      reset: start + policy.windowMs,
    };
  }
}
