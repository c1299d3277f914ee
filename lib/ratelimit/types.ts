import type { RateLimitPolicy } from "./policies";

/** One decision: allowed or not, with what the X-RateLimit-* headers report. */
export interface RateLimitResult {
  success: boolean;
  limit: number;
  remaining: number;
  /** Unix epoch milliseconds when the window resets. */
  reset: number;
}

/** A store that counts requests per (policy, identifier); in-process or Upstash. */
export interface RateLimiter {
  readonly kind: "memory" | "upstash";
  limit(policyName: string, policy: RateLimitPolicy, identifier: string): Promise<RateLimitResult>;
}
