import { z } from "zod";

// Client-safe billing vocabulary: each list of values is declared once here and everything else
// (the zod enums, the TypeScript types, the database column types) derives from it.

/** The plans, cheapest first: "the plan that lifts a limit" is the first later one that does. */
export const PLANS = ["free", "starter", "pro", "enterprise"] as const;
export const ZPlanSchema = z.enum(PLANS);
export type Plan = z.infer<typeof ZPlanSchema>;

/** Paid plans, the ones Checkout sells. */
export const PAID_PLANS = ["starter", "pro", "enterprise"] as const satisfies readonly Plan[];
export const ZPaidPlanSchema = z.enum(PAID_PLANS);
export type PaidPlan = z.infer<typeof ZPaidPlanSchema>;

export const BILLING_INTERVALS = ["month", "year"] as const;
export const ZBillingIntervalSchema = z.enum(BILLING_INTERVALS);
export type BillingInterval = z.infer<typeof ZBillingIntervalSchema>;

/** One-time credit packs; their sizes live in plans.ts (CREDIT_PACK_CREDITS). */
export const CREDIT_PACKS = ["1k", "5k", "25k"] as const;
export const ZCreditPackSchema = z.enum(CREDIT_PACKS);
export type CreditPack = z.infer<typeof ZCreditPackSchema>;

/** Subscription states as the product keeps them (Stripe's finer states map onto these). */
export const SUBSCRIPTION_STATUSES = ["active", "trialing", "past_due", "canceled"] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** The plan limits that refuse a request, each with its own stable error code. */
export const PLAN_LIMIT_NAMES = [
  "urls_per_job",
  "pages_per_site",
  "seats",
  "api_rate_limit",
  "claude_scoring",
] as const;
export type PlanLimitName = (typeof PLAN_LIMIT_NAMES)[number];

/** Auto top-up settings as an admin saves them (the Billing page's form, its server action). */
export const ZAutoTopUpSettingsSchema = z
  .object({
    enabled: z.boolean(),
    threshold: z.coerce.number().int().min(0).max(10_000_000),
    pack: ZCreditPackSchema,
    max_per_month: z.coerce.number().int().min(1).max(31),
  })
  .strict();
export type AutoTopUpSettings = z.infer<typeof ZAutoTopUpSettingsSchema>;
