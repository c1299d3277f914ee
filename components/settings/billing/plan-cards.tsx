"use client";

import { clsx } from "clsx";
import { useState } from "react";
import { numberFormat } from "@/components/jobs/format";
import { PLAN_SPECS } from "@/lib/billing/plans";
import { PLANS, type BillingInterval, type Plan } from "@/lib/billing/schemas";
import { StripeButton } from "./stripe-button";

const INTERVALS: { value: BillingInterval; label: string }[] = [
  { value: "month", label: "Monthly" },
  { value: "year", label: "Yearly" },
];

function price(plan: Plan, interval: BillingInterval): string {
  const p = PLAN_SPECS[plan].priceUsd;
  if (plan === "free") return "Free";
  const amount = interval === "year" ? p.year : p.month;
  if (amount === null) return "Contact us";
  return interval === "year"
    ? `$${numberFormat.format(amount)} a year`
    : `$${numberFormat.format(amount)} a month`;
}

/**
 * The plans side by side with what each allows, priced monthly or yearly (the toggle picks which
 * price Checkout sells). Admins of a Stripe-enabled installation get Upgrade / Downgrade (Checkout
 * when not subscribed, else the portal, where Stripe prorates); everyone else sees the table only.
 */
export function PlanCards({
  current,
  currentInterval,
  canBuy,
}: {
  current: Plan;
  currentInterval: BillingInterval | null;
  canBuy: boolean;
}) {
  const [interval, setInterval] = useState<BillingInterval>(currentInterval ?? "month");
  const at = PLANS.indexOf(current);
  return (
    <div className="space-y-4">
      <fieldset className="flex items-center gap-4 text-sm">
        <legend className="sr-only">Billing interval</legend>
        {INTERVALS.map((i) => (
          <label key={i.value} className="flex items-center gap-2">
            <input
              type="radio"
              name="billing-interval"
              value={i.value}
              checked={interval === i.value}
              onChange={() => setInterval(i.value)}
            />
            {i.label}
            {i.value === "year" && (
              <span className="text-xs text-zinc-600 dark:text-zinc-400">(two months free)</span>
            )}
          </label>
        ))}
      </fieldset>
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
                <p className="text-zinc-600 dark:text-zinc-400">{price(plan, interval)}</p>
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
                    checkout={{ kind: "subscription", plan, interval }}
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
    </div>
  );
}
