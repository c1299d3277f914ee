import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import type { RateLimitPolicy } from "./policies";
import type { RateLimiter, RateLimitResult } from "./types";

/**
 * Counts in Upstash Redis through its official SDK, so every instance shares one count. One
 * Ratelimit per policy (fixed window, like the in-process limiter), created on first use.
 */
export class UpstashRateLimiter implements RateLimiter {
  readonly kind = "upstash" as const;
  private readonly redis: Redis;
  private readonly limiters = new Map<string, Ratelimit>();

  constructor(opts: { url: string; token: string; prefix?: string }) {
    this.redis = new Redis({ url: opts.url, token: opts.token, retry: false });
    this.prefix = opts.prefix ?? "leadscout:rl";
  }

  private readonly prefix: string;

  async limit(
    policyName: string,
    policy: RateLimitPolicy,
    identifier: string,
  ): Promise<RateLimitResult> {
    let rl = this.limiters.get(policyName);
    if (!rl) {
      rl = new Ratelimit({
        redis: this.redis,
        limiter: Ratelimit.fixedWindow(policy.limit, `${policy.windowMs} ms`),
        prefix: `${this.prefix}:${policyName}`,
        analytics: false,
      });
      this.limiters.set(policyName, rl);
    }
    const r = await rl.limit(identifier);
    return { success: r.success, limit: r.limit, remaining: r.remaining, reset: r.reset };
  }
}
