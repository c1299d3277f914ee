import { toCsv } from "@/lib/csv";
import type { JwtClaims } from "@/lib/db";
import { creditsPerDay, jobsPerDay } from "./activity-queries";
import { leadsByStage, leadsPerDay, stageConversion, topSources } from "./lead-queries";
import type { AnalyticsChart, DateRange } from "./schemas";

// Each chart's numbers as CSV: the same query the chart draws, its rows as they are (a rate as a
// fraction with four decimals), through lib/csv (formula cells defused — a domain is text a
// scraped site chose).

interface ChartTable {
  columns: readonly string[];
  rows: (claims: JwtClaims, orgId: string, range: DateRange) => Promise<unknown[][]>;
}

const rate = (r: number | null) => (r === null ? "" : r.toFixed(4));

export const CHART_TABLES: Record<AnalyticsChart, ChartTable> = {
  "leads-per-day": {
    columns: ["day", "total", "hot", "warm", "cold", "unscored"],
    rows: async (c, o, r) =>
      (await leadsPerDay(c, o, r)).map((d) => [d.day, d.total, d.hot, d.warm, d.cold, d.unscored]),
  },
  "leads-by-stage": {
    columns: ["stage", "leads"],
    rows: async (c, o, r) => (await leadsByStage(c, o, r)).map((s) => [s.stage, s.leads]),
  },
  "stage-conversion": {
    columns: ["stage", "reached", "next_stage", "went_on", "conversion_to_next"],
    rows: async (c, o, r) =>
      (await stageConversion(c, o, r)).map((s) => [
        s.stage,
        s.reached,
        s.next ?? "",
        s.next === null ? "" : s.advanced,
        rate(s.rate),
      ]),
  },
  "credits-per-day": {
    columns: ["day", "credits_used"],
    rows: async (c, o, r) => (await creditsPerDay(c, o, r)).map((d) => [d.day, d.used]),
  },
  "top-sources": {
    columns: ["source", "leads"],
    rows: async (c, o, r) => (await topSources(c, o, r)).map((s) => [s.source, s.leads]),
  },
  "jobs-per-day": {
    columns: ["day", "completed", "failed", "cancelled", "running"],
    rows: async (c, o, r) =>
      (await jobsPerDay(c, o, r)).map((d) => [
        d.day,
        d.completed,
        d.failed,
        d.cancelled,
        d.running,
      ]),
  },
};

/** One chart's numbers for the range as a CSV file (name and body). */
export async function chartCsv(
  claims: JwtClaims,
  orgId: string,
  chart: AnalyticsChart,
  range: DateRange,
): Promise<{ filename: string; body: string }> {
  const table = CHART_TABLES[chart];
  const rows = await table.rows(claims, orgId, range);
  return {
    filename: `leadscout-${chart}-${range.from}-to-${range.to}.csv`,
    body: `${toCsv(table.columns, rows)}\r\n`,
  };
}
