import { Briefcase, Coins, Filter, Globe, Layers, Users } from "lucide-react";
import { numberFormat } from "@/components/jobs/format";
import {
  jobSuccessRate,
  type AnalyticsChart,
  type CreditsPerDay,
  type JobsPerDay,
  type LeadsPerDay,
  type SourceCount,
  type StageConversion,
  type StageCount,
} from "@/lib/analytics/schemas";
import { AnalyticsBarChart } from "./bar-chart";
import { ChartCard } from "./chart-card";
import { dayLabel, percent } from "./format";

// The analytics charts, each a ChartCard around one bar chart; the Analytics page shows them all,
// the home page a few. `csv` builds a chart's download link for the current range.

type CsvHref = (chart: AnalyticsChart) => string;
/** Where the chart sits: its own section (h2) or under a section heading (h3). */
type Place = { csv?: CsvHref; level?: 2 | 3 };
const n = (x: number) => numberFormat.format(x);
/** "1 lead", "2 leads" */
const count = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;
const sum = <T,>(xs: T[], f: (x: T) => number) => xs.reduce((t, x) => t + f(x), 0);

export function LeadsPerDayChart({ days, csv, level }: { days: LeadsPerDay[] } & Place) {
  const total = sum(days, (d) => d.total);
  return (
    <ChartCard
      level={level}
      id="leads-per-day"
      title="Leads found per day"
      summary={`${count(total, "lead", "leads")} found, by score`}
      csvHref={csv?.("leads-per-day")}
      empty={total === 0}
      emptyIcon={Users}
      emptyTitle="No leads found in this range"
      emptyText="Leads appear here as jobs find them. Start a job from the Jobs page."
      columns={["Day", "Total", "Hot", "Warm", "Cold", "Unscored"]}
      rows={days.map((d) => [dayLabel(d.day), d.total, d.hot, d.warm, d.cold, d.unscored])}
    >
      <AnalyticsBarChart
        data={days}
        category="day"
        days
        series={[
          { key: "hot", label: "Hot", color: "#dc2626" },
          { key: "warm", label: "Warm", color: "#d97706" },
          { key: "cold", label: "Cold", color: "#2563eb" },
          { key: "unscored", label: "Unscored", color: "#a1a1aa" },
        ]}
      />
    </ChartCard>
  );
}

export function LeadsByStageChart({ stages, csv, level }: { stages: StageCount[] } & Place) {
  const total = sum(stages, (s) => s.leads);
  return (
    <ChartCard
      level={level}
      id="leads-by-stage"
      title="Leads by stage"
      summary="Where the range's leads are in the pipeline now"
      csvHref={csv?.("leads-by-stage")}
      empty={total === 0}
      emptyIcon={Layers}
      emptyTitle="No leads in this range"
      emptyText="Leads found in this range show up here by pipeline stage."
      columns={["Stage", "Leads"]}
      rows={stages.map((s) => [s.stage, s.leads])}
    >
      <AnalyticsBarChart
        data={stages}
        category="stage"
        vertical
        series={[{ key: "leads", label: "Leads", color: "#2563eb" }]}
      />
    </ChartCard>
  );
}

export function StageConversionChart({
  stages,
  csv,
  level,
}: {
  stages: StageConversion[];
} & Place) {
  const first = stages[0];
  const total = sum(stages, (s) => s.reached);
  return (
    <ChartCard
      level={level}
      id="stage-conversion"
      title="Conversion between stages"
      summary={
        first && first.rate !== null
          ? `${percent(first.rate)} of the ${count(first.reached, "lead", "leads")} found in this range have been contacted since`
          : "Leads that reached each stage in this range, and how many went on to the next"
      }
      csvHref={csv?.("stage-conversion")}
      empty={total === 0}
      emptyIcon={Filter}
      emptyTitle="No leads to follow through the pipeline"
      emptyText="Move leads through the pipeline to see how many reach each stage and go on from it."
      columns={["Stage", "Reached in range", "Went on to", "Went on", "Conversion"]}
      rows={stages.map((s) => [
        s.stage,
        s.reached,
        s.next ?? "—",
        s.next === null ? "—" : s.advanced,
        percent(s.rate),
      ])}
    >
      <AnalyticsBarChart
        data={stages}
        category="stage"
        vertical
        series={[
          { key: "reached", label: "Reached in range", color: "#7c3aed" },
          { key: "advanced", label: "Went on to the next stage", color: "#16a34a" },
        ]}
      />
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        From each lead&apos;s stage history: a lead counts at a stage on the day it first reached
        it, once however often it is reopened, and as going on when it has reached the next stage
        since.
      </p>
      <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        {stages
          .filter((s) => s.next !== null)
          .map((s) => (
            <li key={s.stage}>
              {s.stage} → {s.next}:{" "}
              <span className="font-medium text-zinc-900 dark:text-zinc-100">
                {percent(s.rate)}
              </span>
            </li>
          ))}
      </ol>
    </ChartCard>
  );
}

export function CreditsPerDayChart({ days, csv, level }: { days: CreditsPerDay[] } & Place) {
  const total = sum(days, (d) => d.used);
  return (
    <ChartCard
      level={level}
      id="credits-per-day"
      title="Credits used per day"
      summary={`${count(total, "credit", "credits")} used (charges less refunds)`}
      csvHref={csv?.("credits-per-day")}
      empty={days.every((d) => d.used === 0)}
      emptyIcon={Coins}
      emptyTitle="No credits used in this range"
      emptyText="Each page a job scrapes successfully uses a credit; none were used in this range."
      columns={["Day", "Credits used"]}
      rows={days.map((d) => [dayLabel(d.day), d.used])}
    >
      <AnalyticsBarChart
        data={days}
        category="day"
        days
        series={[{ key: "used", label: "Credits used", color: "#0d9488" }]}
      />
    </ChartCard>
  );
}

export function TopSourcesChart({ sources, csv, level }: { sources: SourceCount[] } & Place) {
  return (
    <ChartCard
      level={level}
      id="top-sources"
      title="Top sources"
      summary="The websites with the most leads found in the range"
      csvHref={csv?.("top-sources")}
      empty={sources.length === 0}
      emptyIcon={Globe}
      emptyTitle="No sources in this range"
      emptyText="The websites your leads come from are ranked here."
      columns={["Source", "Leads"]}
      rows={sources.map((s) => [s.source, s.leads])}
    >
      <AnalyticsBarChart
        data={sources}
        category="source"
        vertical
        height={Math.max(120, sources.length * 28)}
        series={[{ key: "leads", label: "Leads", color: "#2563eb" }]}
      />
    </ChartCard>
  );
}

export function JobsPerDayChart({ days, csv, level }: { days: JobsPerDay[] } & Place) {
  const total = sum(days, (d) => d.completed + d.failed + d.cancelled + d.running);
  const rate = jobSuccessRate(days);
  return (
    <ChartCard
      level={level}
      id="jobs-per-day"
      title="Job success rate"
      summary={`${count(total, "job", "jobs")}; ${percent(rate)} of finished jobs completed`}
      csvHref={csv?.("jobs-per-day")}
      empty={total === 0}
      emptyIcon={Briefcase}
      emptyTitle="No jobs in this range"
      emptyText="Jobs started in this range show up here by outcome."
      columns={["Day", "Completed", "Failed", "Cancelled", "Running"]}
      rows={days.map((d) => [dayLabel(d.day), d.completed, d.failed, d.cancelled, d.running])}
    >
      <AnalyticsBarChart
        data={days}
        category="day"
        days
        series={[
          { key: "completed", label: "Completed", color: "#16a34a" },
          { key: "failed", label: "Failed", color: "#dc2626" },
          { key: "cancelled", label: "Cancelled", color: "#a1a1aa" },
          { key: "running", label: "Running", color: "#2563eb" },
        ]}
      />
    </ChartCard>
  );
}
