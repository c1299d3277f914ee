import type { RateLimitPolicy } from "./policies";
import type { RateLimiter, RateLimitResult } from "./types";

interface Window {
  start: number;
  count: number;
}

const MAX_KEYS = 100_000;

/**
 * Fixed windows counted in this process. Right for one instance (the embedded default); several
 * instances each count on their own, which is why production sets Upstash.
 */
export class MemoryRateLimiter implements RateLimiter {
  readonly kind = "memory" as const;
  private readonly windows = new Map<string, Window>();

  constructor(private readonly now: () => number = Date.now) {}

  async limit(
    policyName: string,
    policy: RateLimitPolicy,
    identifier: string,
  ): Promise<RateLimitResult> {
    const now = this.now();
    const start = Math.floor(now / policy.windowMs) * policy.windowMs;
    const key = `${policyName}:${identifier}`;
    let w = this.windows.get(key);
    if (!w || w.start !== start) {
      if (this.windows.size >= MAX_KEYS) this.sweep(now);
      w = { start, count: 0 };
      this.windows.set(key, w);
    }
    w.count += 1;
    const success = w.count <= policy.limit;
    return {
      success,
      limit: policy.limit,
      remaining: Math.max(0, policy.limit - w.count),
      reset: start + policy.windowMs,
    };
  }

  /** Drops finished windows so a flood of distinct identifiers cannot grow memory without end. */
  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (w.start + 3_600_000 < now) this.windows.delete(key);
    if (this.windows.size >= MAX_KEYS) this.windows.clear();
  }
}
