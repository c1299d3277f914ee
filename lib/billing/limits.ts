import { AppError } from "@/lib/errors";
import { PLAN_SPECS, planThatLifts, type PlanSpec } from "./plans";
import type { Plan } from "./schemas";

/** Where a customer fixes a plan or payment problem; error details carry it as `billing_url`. */
export const BILLING_PATH = "/settings/billing";

type RefusingLimit = "urls_per_job" | "pages_per_site" | "seats";

const LIMIT_FIELD: Record<RefusingLimit, (s: PlanSpec) => number | null> = {
  urls_per_job: (s) => s.urlsPerJob,
  pages_per_site: (s) => s.pagesPerSite,
  seats: (s) => s.seats,
};

const LIMIT_TEXT: Record<RefusingLimit, string> = {
  urls_per_job: "URLs per job",
  pages_per_site: "pages per site",
  seats: "seats (members and open invitations)",
};

/** The allowed value of `limit` on `plan`; Infinity for "unlimited". */
export function limitOf(plan: Plan, limit: RefusingLimit): number {
  return LIMIT_FIELD[limit](PLAN_SPECS[plan]) ?? Infinity;
}

/**
 * Throws the limit's own error when `requested` is over what `plan` allows. The message names the
 * plan, the limit and the plan that lifts it; details say the same for programs.
 */
export function enforceLimit(plan: Plan, limit: RefusingLimit, requested: number): void {
  const allowed = limitOf(plan, limit);
  if (requested <= allowed) return;
  const upgradeTo = planThatLifts(plan, (s) => (LIMIT_FIELD[limit](s) ?? Infinity) >= requested);
  const what = LIMIT_TEXT[limit];
  const lift = upgradeTo
    ? `the ${PLAN_SPECS[upgradeTo].name} plan allows ${limitOf(upgradeTo, limit).toLocaleString("en")}; upgrade in Settings › Billing`
    : "no plan allows more; contact us for a custom limit";
  throw new AppError(
    `plan_limit_${limit}`,
    `The ${PLAN_SPECS[plan].name} plan allows ${allowed.toLocaleString("en")} ${what} ` +
      `(${requested.toLocaleString("en")} asked); ${lift}`,
    {
      details: {
        limit,
        plan,
        allowed,
        requested,
        upgrade_to: upgradeTo,
        billing_url: BILLING_PATH,
      },
    },
  );
}

/** New work is refused while a payment is overdue; running jobs are left to finish. */
export function pastDueError(plan: Plan): AppError {
  return new AppError(
    "billing_past_due",
    `The last payment for the ${PLAN_SPECS[plan].name} plan failed, so new jobs are paused. ` +
      "Update the card in Settings › Billing; running jobs finish as usual",
    { details: { plan, billing_url: BILLING_PATH } },
  );
}
