import { clientIp } from "@/lib/auth/client-ip";
import { BILLING_PATH, PLAN_SPECS, asPlan, planThatLifts } from "@/lib/billing";
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

async function check(
  policy: PolicyName,
  identifier: string,
  extra: Record<string, unknown> = {},
): Promise<Limited> {
  // A limiter outage must not take the API down with it: served, and logged loudly.
  const r = await rateLimitOrAllow(policy, identifier);
  if (!r) return { headers: {} };
  const headers = rateLimitHeaders(r);
  if (!r.success)
    throw Object.assign(
      new AppError("rate_limited", "Too many requests; retry after the time in Retry-After", {
        details: { policy, limit: r.limit, ...extra },
      }),
      { headers },
    );
  return { headers };
}

/** Counts a request of an authenticated key: by key id, at its organization's plan's allowance. */
export async function rateLimitKey(caller: ApiCaller): Promise<Limited> {
  const plan = asPlan(await orgPlan(caller.claims, caller.orgId));
  const policy = apiKeyPolicyFor(plan);
  // A key's limit is its plan's: the refusal names the plan that lifts it.
  const upgradeTo = planThatLifts(
    plan,
    (s) => s.apiRequestsPerMinute > PLAN_SPECS[plan].apiRequestsPerMinute,
  );
  return check(policy, caller.principal.keyId, {
    plan,
    upgrade_to: upgradeTo,
    billing_url: BILLING_PATH,
  });
}

/** Counts a request that is not (or not validly) authenticated: per client IP. */
export function rateLimitAnonymous(req: Request): Promise<Limited> {
  return check("anonymous", clientIp(req.headers) ?? "unknown");
}

/** Headers a refused or counted request carries back, when the error has them. */
export function headersOf(err: unknown): Record<string, string> | undefined {
  return (err as { headers?: Record<string, string> } | null)?.headers;
}
