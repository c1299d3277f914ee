import { clsx } from "clsx";
import { numberFormat } from "@/components/jobs/format";
import { PLANS, PLAN_SPECS, type Plan } from "@/lib/billing";
import { StripeButton } from "./stripe-button";

/**
 * The plans side by side with what each allows. Admins of a Stripe-enabled installation get
 * Upgrade / Downgrade (Checkout when not subscribed, else the portal, where Stripe prorates);
 * everyone else sees the table only.
 */
export function PlanCards({ current, canBuy }: { current: Plan; canBuy: boolean }) {
  const at = PLANS.indexOf(current);
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {PLANS.map((plan, i) => {
        const s = PLAN_SPECS[plan];
        return (
          <li
            key={plan}
            aria-current={plan === current ? "true" : undefined}
            className={clsx(
              "flex flex-col gap-3 rounded-lg border p-4 text-sm",
              plan === current
                ? "border-brand-600 ring-1 ring-brand-600"
                : "border-zinc-200 dark:border-zinc-800",
            )}
          >
            <div>
              <h3 className="text-base font-semibold">{s.name}</h3>
              <p className="text-zinc-600 dark:text-zinc-400">
                {s.priceUsd.month ? `$${s.priceUsd.month} a month` : "Free"}
              </p>
            </div>
            <ul className="space-y-1 text-zinc-700 dark:text-zinc-300">
              <li>{numberFormat.format(s.monthlyCredits)} credits a month</li>
              <li>{numberFormat.format(s.urlsPerJob)} URLs per job</li>
              <li>{s.pagesPerSite} pages per site</li>
              <li>{s.seats === null ? "Unlimited seats" : `${s.seats} seats`}</li>
              <li>{s.claudeScoring ? "Claude lead scoring" : "Rules-based scoring"}</li>
            </ul>
            <div className="mt-auto">
              {plan === current ? (
                <span className="text-xs font-medium text-brand-700 dark:text-brand-100">
                  Current plan
                </span>
              ) : canBuy && plan !== "free" ? (
                <StripeButton
                  checkout={{ kind: "subscription", plan, interval: "month" }}
                  variant={i > at ? "primary" : "secondary"}
                >
                  {i > at ? `Upgrade to ${s.name}` : `Downgrade to ${s.name}`}
                </StripeButton>
              ) : canBuy && plan === "free" ? (
                <StripeButton variant="secondary">Cancel in the portal</StripeButton>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
