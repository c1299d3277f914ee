import { getCreditBuckets } from "@/lib/credits";
import { withUser, type JwtClaims } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { PLAN_SPECS, asPlan } from "./plans";
import { stripeConfigured } from "./stripe/client";
import { iso } from "@/lib/serialize";

// The organization's billing as any member may read it (RLS): plan and its limits, the credit
// buckets, the period. GET /api/v1/billing and the Billing page both show this.

export async function billingSummary(claims: JwtClaims, orgId: string) {
  const { sub, credits } = await withUser(claims, async (tx) => ({
    sub: await tx
      .selectFrom("subscriptions")
      .select([
        "plan",
        "status",
        "billing_interval",
        "cancel_at_period_end",
        "current_period_end",
        "allowance_renews_at",
        "stripe_subscription_id",
      ])
      .where("org_id", "=", orgId)
      .executeTakeFirst(),
    credits: await getCreditBuckets(tx, orgId),
  }));
  if (!sub) throw notFound("Organization");
  const plan = asPlan(sub.plan);
  const spec = PLAN_SPECS[plan];
  return {
    plan,
    plan_name: spec.name,
    status: sub.status,
    billing_interval: sub.billing_interval,
    cancel_at_period_end: sub.cancel_at_period_end,
    current_period_end: iso(sub.current_period_end),
    allowance_renews_at: iso(sub.allowance_renews_at),
    managed_by: sub.stripe_subscription_id ? ("stripe" as const) : ("installation" as const),
    stripe_configured: stripeConfigured(),
    limits: {
      monthly_credits: spec.monthlyCredits,
      job_concurrency: spec.jobConcurrency,
      api_requests_per_minute: spec.apiRequestsPerMinute,
      seats: spec.seats,
      urls_per_job: spec.urlsPerJob,
      pages_per_site: spec.pagesPerSite,
      claude_scoring: spec.claudeScoring,
    },
    credits: {
      balance: credits.balance,
      reserved: credits.reserved,
      allowance: credits.allowance,
      purchased: credits.purchased,
    },
  };
}
export type BillingSummary = Awaited<ReturnType<typeof billingSummary>>;
