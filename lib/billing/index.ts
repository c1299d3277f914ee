// Billing: the plan table, its limits, the credit buckets and Stripe.
export * from "./schemas";
export {
  PLAN_SPECS,
  CREDIT_PACK_SPECS,
  planSpec,
  planThatLifts,
  asPlan,
  type PlanSpec,
} from "./plans";
export { BILLING_PATH, enforceLimit, limitOf, pastDueError } from "./limits";
export { readOrgPlan, type OrgPlanState } from "./org-plan";
export { billingSummary, type BillingSummary } from "./summary";
export { creditsUsedPerDay, type DailyUsage } from "./usage";
export { autoTopUpDue, autoTopUpDueForJob } from "./auto-topup/due";
