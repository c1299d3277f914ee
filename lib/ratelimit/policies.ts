import { PLAN_SPECS, asPlan, type Plan } from "@/lib/billing";

// The one table of rate-limit policies. Every limited entry point names a policy here and keys it
// by what identifies the caller (hashed API key id, user id, IP, IP+email). API keys get their
// plan's allowance, read from the plan table (lib/billing/plans.ts).
const apiKey = (plan: Plan): RateLimitPolicy => ({
  limit: PLAN_SPECS[plan].apiRequestsPerMinute,
  windowMs: 60_000,
  describe: `API key on the ${PLAN_SPECS[plan].name} plan`,
});

export const RATE_LIMIT_POLICIES = {
  api_key_free: apiKey("free"),
  api_key_starter: apiKey("starter"),
  api_key_pro: apiKey("pro"),
  api_key_enterprise: apiKey("enterprise"),
  user: { limit: 100, windowMs: 60_000, describe: "Signed-in user" },
  anonymous: { limit: 10, windowMs: 60_000, describe: "Unauthenticated, per IP" },
  sign_in: { limit: 5, windowMs: 60_000, describe: "Sign-in attempts, per IP and email" },
  // Each account is a user with the free plan's starting credits: an hour's window keeps one
  // address from minting accounts, while an office behind one NAT can still sign up a team.
  sign_up: { limit: 20, windowMs: 3_600_000, describe: "Sign-ups, per IP" },
  // Reset links: an IP over its limit is told so; an address over its limit gets the same answer
  // as ever and no more mail (the answer never says whether the address has an account).
  password_reset_ip: {
    limit: 10,
    windowMs: 3_600_000,
    describe: "Password reset requests, per IP",
  },
  password_reset_email: {
    limit: 3,
    windowMs: 3_600_000,
    describe: "Password reset emails, per address",
  },
  verification_resend: {
    limit: 3,
    windowMs: 900_000,
    describe: "Verification emails re-sent, per user",
  },
  email_change: { limit: 5, windowMs: 3_600_000, describe: "Email changes asked, per user" },
  // Public forms (lib/inbound): a person sends one or two; each sends mail to the address given,
  // so a script must not turn a form into a mail cannon.
  inbound_form: {
    limit: 10,
    windowMs: 600_000,
    describe: "Inbound form submissions, per IPv4 address or IPv6 /64",
  },
  // However many addresses send to it, one form takes this many: a flood of 10 MB attachments
  // from many machines still stops here.
  inbound_form_per_form: {
    limit: 100,
    windowMs: 600_000,
    describe: "Inbound form submissions, per form",
  },
  // The prospect's confirmation goes to whatever address was typed in: at most this many a day to
  // one address, so a form cannot be used to mail someone over and over.
  inbound_confirmation: {
    limit: 3,
    windowMs: 86_400_000,
    describe: "Inbound confirmation emails, per address",
  },
} as const satisfies Record<string, RateLimitPolicy>;

export interface RateLimitPolicy {
  limit: number;
  windowMs: number;
  describe: string;
}

export type PolicyName = keyof typeof RATE_LIMIT_POLICIES;

/** A key's policy is its organization's plan's; unknown or missing plans count as Free. */
export function apiKeyPolicyFor(plan: string | null | undefined): PolicyName {
  return `api_key_${asPlan(plan)}`;
}
