import type { RateLimitResult } from "./types";

/** X-RateLimit-* on every limited response, Retry-After (seconds) when refused. */
export function rateLimitHeaders(r: RateLimitResult, now = Date.now()): Record<string, string> {
  const h: Record<string, string> = {
    "X-RateLimit-Limit": String(r.limit),
    "X-RateLimit-Remaining": String(Math.max(0, r.remaining)),
    "X-RateLimit-Reset": String(Math.ceil(r.reset / 1000)),
  };
  if (!r.success) h["Retry-After"] = String(Math.max(1, Math.ceil((r.reset - now) / 1000)));
  return h;
}
