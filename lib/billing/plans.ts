import { PLANS, type CreditPack, type Plan } from "./schemas";

// The one table of plans. Everything that grants, limits or sells reads it from here: the monthly
// allowance (renewals and Stripe invoices), job concurrency (lib/jobs/pipeline/concurrency.ts), the
// API rate limit (lib/ratelimit/policies.ts), seats (invitations), URLs per job and pages per
// site (job creation) and whether Claude may score leads. Prices are Stripe's (see docs/billing.md);
// the figures here are only what the Billing page shows.

export interface PlanSpec {
  name: string;
  /** Credits the allowance bucket is topped up to each month. */
  monthlyCredits: number;
  /** Concurrency slots for the organization's URLs (each slot runs URL_SLOT_LIMIT at once). */
  jobConcurrency: number;
  /** API requests per minute per key. */
  apiRequestsPerMinute: number;
  /** Members plus open invitations; null: unlimited. */
  seats: number | null;
  urlsPerJob: number;
  pagesPerSite: number;
  /** Leads scored by Claude (when configured); otherwise by the rules engine. */
  claudeScoring: boolean;
  /** Display prices in USD; null: not sold self-serve at that interval. */
  priceUsd: { month: number | null; year: number | null };
}

export const PLAN_SPECS: Readonly<Record<Plan, PlanSpec>> = {
  free: {
    name: "Free",
    monthlyCredits: 100,
    jobConcurrency: 1,
    apiRequestsPerMinute: 100,
    seats: 3,
    urlsPerJob: 100,
    pagesPerSite: 10,
    claudeScoring: false,
    priceUsd: { month: 0, year: 0 },
  },
  starter: {
    name: "Starter",
    monthlyCredits: 2_000,
    jobConcurrency: 2,
    apiRequestsPerMinute: 500,
    seats: 5,
    urlsPerJob: 1_000,
    pagesPerSite: 25,
    claudeScoring: true,
    priceUsd: { month: 49, year: 490 },
  },
  pro: {
    name: "Pro",
    monthlyCredits: 10_000,
    jobConcurrency: 4,
    apiRequestsPerMinute: 1_000,
    seats: 20,
    urlsPerJob: 10_000,
    pagesPerSite: 50,
    claudeScoring: true,
    priceUsd: { month: 149, year: 1_490 },
  },
  enterprise: {
    name: "Enterprise",
    monthlyCredits: 100_000,
    jobConcurrency: 8,
    apiRequestsPerMinute: 5_000,
    seats: null,
    urlsPerJob: 10_000,
    pagesPerSite: 50,
    claudeScoring: true,
    priceUsd: { month: 999, year: 9_990 },
  },
};

/** Credits in each one-time pack, and its display price in USD. */
export const CREDIT_PACK_SPECS: Readonly<
  Record<CreditPack, { credits: number; priceUsd: number }>
> = {
  "1k": { credits: 1_000, priceUsd: 19 },
  "5k": { credits: 5_000, priceUsd: 79 },
  "25k": { credits: 25_000, priceUsd: 299 },
};

export function planSpec(plan: Plan): PlanSpec {
  return PLAN_SPECS[plan];
}

/** The cheapest plan above `plan` that allows `ok`; null when none does (ask for a custom deal). */
export function planThatLifts(plan: Plan, ok: (spec: PlanSpec) => boolean): Plan | null {
  return PLANS.slice(PLANS.indexOf(plan) + 1).find((p) => ok(PLAN_SPECS[p])) ?? null;
}

/** Unknown or missing plans (an org being created, a stale row) count as Free. */
export function asPlan(value: string | null | undefined): Plan {
  return (PLANS as readonly string[]).includes(value ?? "") ? (value as Plan) : "free";
}
