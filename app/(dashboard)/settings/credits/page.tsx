import { Coins, Lock, Repeat } from "lucide-react";
import type { Metadata } from "next";
import { StatCard } from "@/components/dashboard/stat-card";
import { numberFormat } from "@/components/jobs/format";
import { JobCostsTable } from "@/components/settings/credits/job-costs-table";
import { LedgerTable } from "@/components/settings/credits/ledger-table";
import { PriceTable } from "@/components/settings/credits/price-table";
import { oneParam as one, pageOrFirst } from "@/components/settings/page-or-first";
import { Pager } from "@/components/settings/pager";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { listCreditLedger } from "@/lib/credits";
import { listJobs } from "@/lib/jobs";
import { getOrgSummary } from "@/lib/orgs";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "Credits & usage" };

type Search = Promise<Record<string, string | string[] | undefined>>;
export default async function CreditsPage({ searchParams }: { searchParams: Search }) {
  const { session, current } = await loadDashboardContext();
  if (!current) return null;
  const sp = await searchParams;
  const [summary, ledger, jobs] = await Promise.all([
    getOrgSummary(session.claims, current.id),
    pageOrFirst(one(sp.ledger), (cursor) =>
      listCreditLedger(session.claims, current.id, { cursor, limit: 20 }),
    ),
    pageOrFirst(one(sp.jobs), (cursor) =>
      listJobs(session.claims, current.id, { cursor, limit: 10 }),
    ),
  ]);
  const params = { ledger: ledger.cursor, jobs: jobs.cursor };

  return (
    <div className="space-y-6">
      <section aria-labelledby="balance-heading" className="space-y-3">
        <h2 id="balance-heading" className="sr-only">
          Balance
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <StatCard
            label="Credits available"
            value={numberFormat.format(summary.creditsBalance)}
            icon={Coins}
          />
          <StatCard
            label="Held by running jobs"
            value={numberFormat.format(summary.creditsReserved)}
            hint="Given back when a job ends, minus what it used"
            icon={Lock}
          />
          <StatCard
            label="Plan"
            value={<span className="capitalize">{summary.plan ?? "None"}</span>}
            hint={
              summary.monthlyCredits !== null
                ? `${numberFormat.format(summary.monthlyCredits)} credits a month`
                : undefined
            }
            icon={Repeat}
          />
        </dl>
      </section>

      <Card aria-labelledby="jobs-cost-heading">
        <CardHeader>
          <h2 id="jobs-cost-heading" className="text-base font-semibold">
            Cost per job
          </h2>
          <CardDescription>
            A job holds credits for its worst case when it starts; failed, blocked and missing pages
            cost nothing, and the rest is given back when it ends.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {jobs.stale && (
            <Alert className="mb-3">
              That page of jobs is no longer available; showing the newest.
            </Alert>
          )}
          <JobCostsTable jobs={jobs.page.data} />
          <Pager
            label="Job pages"
            param="jobs"
            next={jobs.page.next_cursor}
            current={jobs.cursor}
            params={params}
          />
        </CardContent>
      </Card>

      <Card aria-labelledby="ledger-heading">
        <CardHeader>
          <h2 id="ledger-heading" className="text-base font-semibold">
            Ledger
          </h2>
          <CardDescription>Every change to the balance, newest first.</CardDescription>
        </CardHeader>
        <CardContent>
          {ledger.stale && (
            <Alert className="mb-3">
              That page of the ledger is no longer available; showing the newest entries.
            </Alert>
          )}
          <LedgerTable
            rows={ledger.page.entries.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() }))}
          />
          <Pager
            label="Ledger pages"
            param="ledger"
            next={ledger.page.nextCursor}
            current={ledger.cursor}
            params={params}
          />
        </CardContent>
      </Card>

      <Card aria-labelledby="prices-heading">
        <CardHeader>
          <h2 id="prices-heading" className="text-base font-semibold">
            Prices
          </h2>
          <CardDescription>Work that does not succeed is never charged.</CardDescription>
        </CardHeader>
        <CardContent>
          <PriceTable />
        </CardContent>
      </Card>
    </div>
  );
}
