// Rate limits: one table of named policies, counted in Upstash or (single instance) in process.
export {
  RATE_LIMIT_POLICIES,
  apiKeyPolicyFor,
  type PolicyName,
  type RateLimitPolicy,
} from "./policies";
export {
  rateLimit,
  rateLimitOrAllow,
  rateLimiter,
  setRateLimiter,
  limiterFromEnv,
} from "./limiter";
export { rateLimitHeaders } from "./headers";
export { MemoryRateLimiter } from "./memory-limiter";
export { UpstashRateLimiter } from "./upstash-limiter";
export type { RateLimiter, RateLimitResult } from "./types";
