// The one table of rate-limit policies. Every limited entry point names a policy here and keys it
// by what identifies the caller (hashed API key id, user id, IP, IP+email).
export const RATE_LIMIT_POLICIES = {
  api_key_paid: { limit: 1000, windowMs: 60_000, describe: "API key on a paid plan" },
  api_key_free: { limit: 100, windowMs: 60_000, describe: "API key on the free plan" },
  user: { limit: 100, windowMs: 60_000, describe: "Signed-in user" },
  anonymous: { limit: 10, windowMs: 60_000, describe: "Unauthenticated, per IP" },
  sign_in: { limit: 5, windowMs: 60_000, describe: "Sign-in attempts, per IP and email" },
  // Each account is a user with the free plan's starting credits: an hour's window keeps one
  // address from minting accounts, while an office behind one NAT can still sign up a team.
  sign_up: { limit: 20, windowMs: 3_600_000, describe: "Sign-ups, per IP" },
} as const satisfies Record<string, RateLimitPolicy>;

export interface RateLimitPolicy {
  limit: number;
  windowMs: number;
  describe: string;
}

export type PolicyName = keyof typeof RATE_LIMIT_POLICIES;

/** Plans that pay get the larger API allowance; unknown or missing plans count as free. */
export function apiKeyPolicyFor(plan: string | null | undefined): PolicyName {
  return plan && plan !== "free" ? "api_key_paid" : "api_key_free";
}
