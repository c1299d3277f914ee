import { Briefcase, Coins, Flame, Loader, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { CreditsPerDayChart, LeadsPerDayChart } from "@/components/analytics/charts";
import { EmptyState } from "@/components/dashboard/empty-state";
import { HotLeads } from "@/components/dashboard/hot-leads";
import { PageHeader } from "@/components/dashboard/page-header";
import { RecentJobs } from "@/components/dashboard/recent-jobs";
import { RoleBadge } from "@/components/dashboard/role-badge";
import { StatCard } from "@/components/dashboard/stat-card";
import { isJobRunning } from "@/components/jobs/format";
import { RefreshWhileRunning } from "@/components/jobs/refresh-while-running";
import { creditsPerDay, leadsPerDay, resolveRange } from "@/lib/analytics";
import { COUNT_CAP, getHomeStats } from "@/lib/dashboard";
import { listJobs } from "@/lib/jobs";
import { listLeads } from "@/lib/leads";
import { loadDashboardContext } from "../request-context";

export const metadata: Metadata = { title: "Dashboard" };

const number = new Intl.NumberFormat("en-US");
const capped = (n: number) => (n > COUNT_CAP ? `${number.format(COUNT_CAP)}+` : number.format(n));
const LINK = "text-sm text-brand-600 hover:underline";

export default async function DashboardPage() {
  const { session, current } = await loadDashboardContext();
  if (!current) return null; // the layout shows onboarding instead
  const month = resolveRange({ range: "30d" });
  const [stats, jobs, hot, leadDays, creditDays] = await Promise.all([
    getHomeStats(session.claims, current.id),
    listJobs(session.claims, current.id, { limit: 5 }),
    listLeads(session.claims, current.id, { status: "hot", sort: "-score", limit: 5 }),
    leadsPerDay(session.claims, current.id, month),
    creditsPerDay(session.claims, current.id, month),
  ]);

  return (
    <div className="space-y-8">
      <PageHeader
        title={current.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>Your role:</span>
            <RoleBadge role={current.role} />
          </span>
        }
      />
      <RefreshWhileRunning running={jobs.data.some((j) => isJobRunning(j.status))} />

      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading" className="sr-only">
          Overview
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <StatCard
            label="Jobs running"
            value={number.format(stats.runningJobs)}
            icon={Loader}
            hint={<Link href="/jobs">See jobs</Link>}
          />
          <StatCard
            label="Leads this week"
            value={capped(stats.leadsThisWeek)}
            icon={Users}
            hint={<Link href={`/leads?from=${stats.weekStart}`}>See them</Link>}
          />
          <StatCard
            label="Hot leads"
            value={capped(stats.hotLeads)}
            icon={Flame}
            hint={<Link href="/leads?status=hot&sort=-score">See hot leads</Link>}
          />
          <StatCard
            label="Credits left"
            value={number.format(stats.creditsBalance)}
            icon={Coins}
            hint={
              stats.creditsReserved > 0
                ? `${number.format(stats.creditsReserved)} held by running jobs`
                : undefined
            }
          />
        </dl>
      </section>

      <section aria-labelledby="trends-heading" className="space-y-3">
        <div className="flex items-center justify-between">
          <h2 id="trends-heading" className="text-base font-semibold">
            Last 30 days
          </h2>
          <Link href="/analytics" className={LINK}>
            See analytics
          </Link>
        </div>
        <div className="grid gap-6 lg:grid-cols-2">
          <LeadsPerDayChart days={leadDays} level={3} />
          <CreditsPerDayChart days={creditDays} level={3} />
        </div>
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="jobs-heading" className="space-y-3">
          <div className="flex items-center justify-between">
            <h2 id="jobs-heading" className="text-base font-semibold">
              Recent jobs
            </h2>
            <Link href="/jobs" className={LINK}>
              View all jobs
            </Link>
          </div>
          {jobs.data.length === 0 ? (
            <EmptyState icon={Briefcase} title="No jobs yet">
              A job crawls company websites — one URL, a list, a CSV file or a sitemap — for
              contacts and scores each lead.
            </EmptyState>
          ) : (
            <RecentJobs jobs={jobs.data} />
          )}
        </section>
        <section aria-labelledby="hot-heading" className="space-y-3">
          <div className="flex items-center justify-between">
            <h2 id="hot-heading" className="text-base font-semibold">
              Hot leads
            </h2>
            <Link href="/leads" className={LINK}>
              View all leads
            </Link>
          </div>
          {hot.data.length === 0 ? (
            <EmptyState icon={Flame} title="No hot leads yet">
              Leads scored hot against your ideal customer show up here, best first.
            </EmptyState>
          ) : (
            <HotLeads leads={hot.data} />
          )}
        </section>
      </div>
    </div>
  );
}
