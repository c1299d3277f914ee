import type { Metadata } from "next";
import { rangeLabel } from "@/components/analytics/format";
import {
  CreditsPerDayChart,
  JobsPerDayChart,
  LeadsByStageChart,
  LeadsPerDayChart,
  StageConversionChart,
  TopSourcesChart,
} from "@/components/analytics/charts";
import { RangePicker } from "@/components/analytics/range-picker";
import { PageHeader } from "@/components/dashboard/page-header";
import {
  loadAnalytics,
  rangeParams,
  resolveRange,
  type AnalyticsChart,
  type DateRange,
} from "@/lib/analytics";
import { AppError } from "@/lib/errors";
import { loadDashboardContext } from "../request-context";

export const metadata: Metadata = { title: "Analytics" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The URL's range, or the default one with the reasons a hand-edited URL was refused. */
function rangeOf(search: Search): { range: DateRange; errors?: Record<string, string[]> } {
  const query = { range: one(search.range), from: one(search.from), to: one(search.to) };
  try {
    return { range: resolveRange(query) };
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== "validation_failed") throw err;
    return { range: resolveRange({}), errors: err.fields ?? {} };
  }
}

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { session, current } = await loadDashboardContext();
  if (!current) return null; // the layout shows onboarding instead
  const { range, errors } = rangeOf(await searchParams);
  const data = await loadAnalytics(session.claims, current.id, range);
  const query = new URLSearchParams(rangeParams(range)).toString();
  const csv = (chart: AnalyticsChart) => `/api/dashboard/analytics/${chart}?${query}`;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Analytics"
        description={`${rangeLabel(range.from, range.to)} (UTC days)`}
      />
      <RangePicker path="/analytics" range={range} errors={errors} />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="lg:col-span-2">
          <LeadsPerDayChart days={data.leadsPerDay} csv={csv} />
        </div>
        <LeadsByStageChart stages={data.leadsByStage} csv={csv} />
        <StageConversionChart stages={data.stageConversion} csv={csv} />
        <CreditsPerDayChart days={data.creditsPerDay} csv={csv} />
        <JobsPerDayChart days={data.jobsPerDay} csv={csv} />
        <div className="lg:col-span-2">
          <TopSourcesChart sources={data.topSources} csv={csv} />
        </div>
      </div>
    </div>
  );
}
