import { Briefcase, Coins, CreditCard, Shield, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/dashboard/empty-state";
import { PageHeader } from "@/components/dashboard/page-header";
import { ROLE_LABEL, RoleBadge } from "@/components/dashboard/role-badge";
import { StatCard } from "@/components/dashboard/stat-card";
import { getOrgSummary } from "@/lib/orgs";
import { loadDashboardContext } from "../request-context";

export const metadata: Metadata = { title: "Dashboard" };

const PLAN_LABEL = {
  free: "Free",
  starter: "Starter",
  pro: "Pro",
  enterprise: "Enterprise",
} as const;
const number = new Intl.NumberFormat("en-US");

export default async function DashboardPage() {
  const { session, current } = await loadDashboardContext();
  if (!current) return null; // the layout shows onboarding instead
  const summary = await getOrgSummary(session.claims, current.id);
  const plan = summary.plan ? PLAN_LABEL[summary.plan] : "No plan";

  return (
    <div className="space-y-8">
      <PageHeader
        title={current.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>Your role:</span>
            <RoleBadge role={current.role} />
            <span aria-hidden>·</span>
            <span>{plan} plan</span>
          </span>
        }
      />

      <section aria-labelledby="overview-heading" className="space-y-3">
        <h2 id="overview-heading" className="sr-only">
          Overview
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <StatCard
            label="Credits left"
            value={number.format(summary.creditsBalance)}
            icon={Coins}
            hint={
              summary.creditsReserved > 0
                ? `${number.format(summary.creditsReserved)} held by running jobs`
                : summary.monthlyCredits !== null
                  ? `${number.format(summary.monthlyCredits)} a month on this plan`
                  : undefined
            }
          />
          <StatCard label="Plan" value={plan} icon={CreditCard} />
          <StatCard label="Your role" value={ROLE_LABEL[current.role]} icon={Shield} />
          <StatCard
            label="Members"
            value={number.format(summary.memberCount)}
            icon={Users}
            hint={
              <Link className="hover:underline" href="/settings/team">
                Manage team
              </Link>
            }
          />
        </dl>
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="jobs-heading" className="space-y-3">
          <div className="flex items-center justify-between">
            <h2 id="jobs-heading" className="text-base font-semibold">
              Jobs
            </h2>
            <Link href="/jobs" className="text-sm text-brand-600 hover:underline">
              View all jobs
            </Link>
          </div>
          {summary.jobCount === 0 ? (
            <EmptyState icon={Briefcase} title="No jobs yet">
              A job crawls company websites — one URL, a list or a sitemap — for contacts and scores
              each lead.
            </EmptyState>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {number.format(summary.jobCount)} jobs so far.
            </p>
          )}
        </section>
        <section aria-labelledby="leads-heading" className="space-y-3">
          <div className="flex items-center justify-between">
            <h2 id="leads-heading" className="text-base font-semibold">
              Leads
            </h2>
            <Link href="/leads" className="text-sm text-brand-600 hover:underline">
              View all leads
            </Link>
          </div>
          {summary.leadCount === 0 ? (
            <EmptyState icon={Users} title="No leads yet">
              Leads appear here as jobs find them, scored hot, warm or cold against your ideal
              customer.
            </EmptyState>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {number.format(summary.leadCount)} leads so far.
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
