import { clientIp } from "@/lib/auth/client-ip";
import { AppError } from "@/lib/errors";
import {
  apiKeyPolicyFor,
  rateLimitOrAllow,
  rateLimitHeaders,
  type PolicyName,
} from "@/lib/ratelimit";
import type { ApiCaller } from "./authorize";
import { orgPlan } from "./org-plan";

export interface Limited {
  headers: Record<string, string>;
}

async function check(policy: PolicyName, identifier: string): Promise<Limited> {
  // A limiter outage must not take the API down with it: served, and logged loudly.
  const r = await rateLimitOrAllow(policy, identifier);
  if (!r) return { headers: {} };
  const headers = rateLimitHeaders(r);
  if (!r.success)
    throw Object.assign(
      new AppError("rate_limited", "Too many requests; retry after the time in Retry-After", {
        details: { policy, limit: r.limit },
      }),
      { headers },
    );
  return { headers };
}

/** Counts a request of an authenticated key: by key id, at its organization's plan's allowance. */
export async function rateLimitKey(caller: ApiCaller): Promise<Limited> {
  const plan = await orgPlan(caller.claims, caller.orgId);
  return check(apiKeyPolicyFor(plan), caller.principal.keyId);
}

/** Counts a request that is not (or not validly) authenticated: per client IP. */
export function rateLimitAnonymous(req: Request): Promise<Limited> {
  return check("anonymous", clientIp(req.headers) ?? "unknown");
}

/** Headers a refused or counted request carries back, when the error has them. */
export function headersOf(err: unknown): Record<string, string> | undefined {
  return (err as { headers?: Record<string, string> } | null)?.headers;
}
