import { z } from "zod";
import { log } from "@leadscout/log";
import { MemoryRateLimiter } from "./memory-limiter";
import { RATE_LIMIT_POLICIES, type PolicyName } from "./policies";
import type { RateLimiter, RateLimitResult } from "./types";
import { UpstashRateLimiter } from "./upstash-limiter";

const blank = (v: unknown) => (v === "" ? undefined : v);
const ZUpstashEnvSchema = z.object({
  UPSTASH_REDIS_REST_URL: z.preprocess(blank, z.url().optional()),
  UPSTASH_REDIS_REST_TOKEN: z.preprocess(blank, z.string().min(1).optional()),
});

type Holder = { limiter?: RateLimiter };
const holder = ((globalThis as { __leadscoutRateLimiter?: Holder }).__leadscoutRateLimiter ??= {});

/** Upstash when both variables are set, else the in-process limiter (logged once, as a caveat). */
export function limiterFromEnv(
  source: Record<string, string | undefined> = process.env,
): RateLimiter {
  const parsed = ZUpstashEnvSchema.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid Upstash settings: ${parsed.error.message}`);
  const { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token } = parsed.data;
  if (url && token) return new UpstashRateLimiter({ url, token });
  log.warn("ratelimit.in_process", {
    detail:
      "UPSTASH_REDIS_REST_URL/_TOKEN are not set: rate limits are counted in this process only, " +
      "which is right for a single instance and too lenient for several",
  });
  return new MemoryRateLimiter();
}

export function rateLimiter(): RateLimiter {
  return (holder.limiter ??= limiterFromEnv());
}

/** Installs a limiter for this process (tests, benches); undefined goes back to the environment. */
export function setRateLimiter(limiter: RateLimiter | undefined): void {
  holder.limiter = limiter;
}

/** Counts one request against a named policy for an identifier. */
export function rateLimit(policy: PolicyName, identifier: string): Promise<RateLimitResult> {
  return rateLimiter().limit(policy, RATE_LIMIT_POLICIES[policy], identifier);
}

/**
 * rateLimit for a request path that must survive a limiter outage (Redis down): the outage is
 * logged and the request counted as allowed (undefined), rather than failing the request.
 */
export async function rateLimitOrAllow(
  policy: PolicyName,
  identifier: string,
): Promise<RateLimitResult | undefined> {
  try {
    return await rateLimit(policy, identifier);
  } catch (err) {
    log.error("ratelimit.unavailable", { err, policy });
    return undefined;
  }
}
