import { Coins, Lock, Repeat } from "lucide-react";
import type { Metadata } from "next";
import { StatCard } from "@/components/dashboard/stat-card";
import { numberFormat } from "@/components/jobs/format";
import { JobCostsTable } from "@/components/settings/credits/job-costs-table";
import { LedgerTable } from "@/components/settings/credits/ledger-table";
import { PriceTable } from "@/components/settings/credits/price-table";
import { oneParam as one, pageOrFirst } from "@/components/settings/page-or-first";
import { Paged } from "@/components/settings/pager";
import { SettingsCard } from "@/components/settings/settings-card";
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

      <SettingsCard
        id="jobs-cost"
        title="Cost per job"
        description="A job holds credits for its worst case when it starts; failed, blocked and missing pages cost nothing, and the rest is given back when it ends."
      >
        <Paged
          stale={jobs.stale}
          staleText="That page of jobs is no longer available; showing the newest."
          label="Job pages"
          param="jobs"
          next={jobs.page.next_cursor}
          current={jobs.cursor}
          params={params}
        >
          <JobCostsTable jobs={jobs.page.data} />
        </Paged>
      </SettingsCard>

      <SettingsCard
        id="ledger"
        title="Ledger"
        description="Every change to the balance, newest first."
      >
        <Paged
          stale={ledger.stale}
          staleText="That page of the ledger is no longer available; showing the newest entries."
          label="Ledger pages"
          param="ledger"
          next={ledger.page.nextCursor}
          current={ledger.cursor}
          params={params}
        >
          <LedgerTable
            rows={ledger.page.entries.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() }))}
          />
        </Paged>
      </SettingsCard>

      <SettingsCard
        id="prices"
        title="Prices"
        description="Work that does not succeed is never charged."
      >
        <PriceTable />
      </SettingsCard>
    </div>
  );
}
