import { z } from "zod";

// Client-safe: the Analytics page's charts and date ranges, for the page, the picker, the CSV route
// and the queries. One list each; everything else derives from it.

/** The charts, by the name their CSV download uses (`/api/dashboard/analytics/<chart>`). */
export const ANALYTICS_CHARTS = [
  "leads-per-day",
  "leads-by-stage",
  "stage-conversion",
  "credits-per-day",
  "top-sources",
  "jobs-per-day",
] as const;
export const ZAnalyticsChartSchema = z.enum(ANALYTICS_CHARTS);
export type AnalyticsChart = z.infer<typeof ZAnalyticsChartSchema>;

/** The picker's presets: the last N days, today included. */
export const RANGE_PRESETS = ["7d", "30d", "90d"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_PRESET: RangePreset = "30d";

/** A custom range spans at most this many days (a year, leap day included). */
export const MAX_RANGE_DAYS = 366;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-01-31")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && isRealDay(s), "Not a real date");

function isRealDay(s: string): boolean {
  return new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

/** The URL's range: a preset, or a custom from/to (both UTC days, inclusive). */
export const ZRangeQuerySchema = z
  .object({
    range: z.enum([...RANGE_PRESETS, "custom"]).optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .superRefine((q, ctx) => {
    const custom = q.range === "custom" || (!q.range && (q.from || q.to));
    if (!custom) return;
    if (!q.from) ctx.addIssue({ code: "custom", path: ["from"], message: "Pick a start date" });
    if (!q.to) ctx.addIssue({ code: "custom", path: ["to"], message: "Pick an end date" });
    if (!q.from || !q.to) return;
    const span = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1;
    if (span < 1)
      ctx.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start" });
    else if (span > MAX_RANGE_DAYS)
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `A range spans at most ${MAX_RANGE_DAYS} days`,
      });
  });
export type RangeQuery = z.input<typeof ZRangeQuerySchema>;

/** A resolved range: whole UTC days, `from` and `to` both included. */
export interface DateRange {
  preset: RangePreset | "custom";
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD */
  to: string;
}

export interface LeadsPerDay {
  day: string;
  total: number;
  hot: number;
  warm: number;
  cold: number;
  unscored: number;
}

export interface StageCount {
  stage: string;
  leads: number;
}

export interface StageConversion {
  stage: string;
  /** Leads that first reached this stage on a day of the range ("new": were created then). */
  reached: number;
  /** The next stage of the path; null for the last ("won"). */
  next: string | null;
  /** Of `reached`, how many have reached `next` since (0 for the last stage). */
  advanced: number;
  /** advanced / reached as a fraction; null for the last stage or when no lead reached it. */
  rate: number | null;
}

export interface CreditsPerDay {
  day: string;
  used: number;
}

export interface SourceCount {
  source: string;
  leads: number;
}

export interface JobsPerDay {
  day: string;
  completed: number;
  failed: number;
  cancelled: number;
  running: number;
}

/** Jobs that finished: completed / (completed + failed); cancelled ones are the user's choice. */
export function jobSuccessRate(days: JobsPerDay[]): number | null {
  const completed = days.reduce((n, d) => n + d.completed, 0);
  const failed = days.reduce((n, d) => n + d.failed, 0);
  return completed + failed === 0 ? null : completed / (completed + failed);
}
