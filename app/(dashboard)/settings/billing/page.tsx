import { CalendarClock, Coins, Package, Repeat } from "lucide-react";
import type { Metadata } from "next";
import { StatCard } from "@/components/dashboard/stat-card";
import { numberFormat } from "@/components/jobs/format";
import { AutoTopUpForm } from "@/components/settings/billing/auto-top-up-form";
import { InvoicesTable } from "@/components/settings/billing/invoices-table";
import { PlanCards } from "@/components/settings/billing/plan-cards";
import { StripeButton } from "@/components/settings/billing/stripe-button";
import { UsageChart } from "@/components/settings/billing/usage-chart";
import { RoleNotice, SettingsCard } from "@/components/settings/settings-card";
import { Alert } from "@/components/ui/alert";
import { CREDIT_PACKS, CREDIT_PACK_SPECS, billingSummary, creditsUsedPerDay } from "@/lib/billing";
import { getAutoTopUp } from "@/lib/billing/auto-topup";
import { listInvoices } from "@/lib/billing/stripe";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "Billing" };

const day = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString("en", { dateStyle: "medium", timeZone: "UTC" }) : "—";

type Search = Promise<Record<string, string | string[] | undefined>>;
export default async function BillingPage({ searchParams }: { searchParams: Search }) {
  const { session, current } = await loadDashboardContext();
  if (!current) return null;
  const sp = await searchParams;
  const admin = current.role === "admin";
  const [b, usage, invoices, topUp] = await Promise.all([
    billingSummary(session.claims, current.id),
    creditsUsedPerDay(session.claims, current.id),
    admin ? listInvoices(session.claims, current.id) : null,
    getAutoTopUp(session.claims, current.id),
  ]);
  const canBuy = admin && b.stripe_configured;
  const renews = b.managed_by === "stripe" ? b.current_period_end : b.allowance_renews_at;

  return (
    <div className="space-y-6">
      {sp.checkout === "success" && (
        <Alert tone="success">
          Payment received. The plan and credits update as soon as Stripe confirms it.
        </Alert>
      )}
      {b.status === "past_due" && (
        <Alert tone="error">
          The last payment failed, so new jobs are paused; running jobs finish as usual.{" "}
          {canBuy ? "Update the card in Manage payment." : "Ask an admin to update the card."}
        </Alert>
      )}
      {b.credits.balance <= 0 && (
        <Alert tone="error">
          Out of credits: new jobs are refused until the allowance renews
          {renews ? ` on ${day(renews)}` : ""}
          {canBuy ? " or you buy credits below." : "."}
          {canBuy && b.plan !== "enterprise" && (
            <>
              {" "}
              <a href="#plans-heading" className="font-medium underline">
                Upgrade
              </a>
            </>
          )}
        </Alert>
      )}
      {b.cancel_at_period_end && (
        <Alert tone="info">
          The {b.plan_name} plan ends on {day(b.current_period_end)}; the organization then moves to
          Free. Credits already here are kept.
        </Alert>
      )}

      <section aria-labelledby="billing-heading">
        <h2 id="billing-heading" className="sr-only">
          Plan and credits
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <StatCard
            label="Plan"
            value={b.plan_name}
            hint={b.status.replace("_", " ")}
            icon={Repeat}
          />
          <StatCard
            label="Allowance left"
            value={numberFormat.format(b.credits.allowance)}
            hint={`of ${numberFormat.format(b.limits.monthly_credits)} a month; spent first`}
            icon={Coins}
          />
          <StatCard
            label="Purchased credits"
            value={numberFormat.format(b.credits.purchased)}
            hint="Never expire"
            icon={Package}
          />
          <StatCard
            label={b.managed_by === "stripe" ? "Period ends" : "Allowance renews"}
            value={day(renews)}
            icon={CalendarClock}
          />
        </dl>
      </section>

      {!b.stripe_configured && (
        <Alert tone="info">
          Billing is not configured on this installation: an administrator sets plans with{" "}
          <code>pnpm cli plan set</code> and grants credits with <code>pnpm cli credits grant</code>
          .
        </Alert>
      )}
      {b.stripe_configured && !admin && (
        <RoleNotice>Only admins of this organization manage billing.</RoleNotice>
      )}

      <SettingsCard
        id="usage"
        title="Credits used per day"
        description="This period, from the credit ledger: what finished work was charged."
      >
        <UsageChart days={usage.days} />
      </SettingsCard>

      <SettingsCard
        id="plans"
        title="Plans"
        description="Credits renew monthly; unused allowance does not carry over."
      >
        <PlanCards current={b.plan} currentInterval={b.billing_interval} canBuy={canBuy} />
      </SettingsCard>

      {canBuy && (
        <SettingsCard
          id="buy"
          title="Buy credits"
          description="One-time packs; purchased credits never expire and are spent after the allowance."
        >
          <div className="flex flex-wrap gap-4">
            {CREDIT_PACKS.map((pack) => (
              <StripeButton key={pack} checkout={{ kind: "pack", pack }} variant="secondary">
                {numberFormat.format(CREDIT_PACK_SPECS[pack].credits)} credits · $
                {CREDIT_PACK_SPECS[pack].priceUsd}
              </StripeButton>
            ))}
          </div>
        </SettingsCard>
      )}

      {canBuy && b.managed_by === "stripe" && (
        <SettingsCard
          id="payment"
          title="Manage payment"
          description="Cards, invoices, plan changes and cancelling, in Stripe's Customer Portal."
        >
          <StripeButton variant="secondary">Open the billing portal</StripeButton>
        </SettingsCard>
      )}

      {(b.stripe_configured || topUp.enabled) && (
        <SettingsCard
          id="auto-top-up"
          title="Auto top-up"
          description="Buys a credit pack with the saved card when the balance falls under a threshold."
        >
          <div className="space-y-4">
            {topUp.pausedAt && (
              <Alert tone="error">
                Auto top-up is paused: {topUp.pausedReason}. Nothing is bought until an admin
                updates the card in Manage payment and saves these settings again.
              </Alert>
            )}
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {topUp.enabled
                ? `On: under ${numberFormat.format(topUp.threshold)} credits, buys ${numberFormat.format(CREDIT_PACK_SPECS[topUp.pack].credits)} credits, at most ${topUp.max_per_month} times a month (${topUp.usedThisMonth} so far this month).`
                : "Off."}
            </p>
            {canBuy && (
              <AutoTopUpForm
                initial={{
                  enabled: topUp.enabled,
                  threshold: topUp.threshold,
                  pack: topUp.pack,
                  max_per_month: topUp.max_per_month,
                }}
              />
            )}
          </div>
        </SettingsCard>
      )}

      {invoices && (
        <SettingsCard id="invoices" title="Invoices" description="The latest, from Stripe.">
          <InvoicesTable list={invoices} />
        </SettingsCard>
      )}
    </div>
  );
}
