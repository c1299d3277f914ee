import type { DateRange } from "./schemas";

// How top sources counts a range (migration 0030): whole calendar months from the per-month rollup
// lead_source_monthly_counts, and each partial month at an end of the range from the leads
// themselves — either the days inside the range, or the month's total less the days outside it,
// whichever reads fewer days that can hold leads (a day after today holds none, so the month of
// today is its rollup total less an empty tail). Any range then reads at most about 15 days of
// leads at each end plus one rollup row per source a month, however long it is; and the count is
// exact, since both the rollup and the leads are. Pure: the query is in lead-queries.ts.

const DAY_MS = 86_400_000;

/** A span of leads' creation instants, [start, end), counted with `sign` (+1 add, -1 subtract). */
export interface LeadSpan {
  start: Date;
  end: Date;
  sign: 1 | -1;
}

export interface SourcePlan {
  /** First days (YYYY-MM-01) of the months whose rollup totals are added. */
  months: string[];
  /** Spans of leads counted from the leads themselves. */
  spans: LeadSpan[];
}

const dayMs = (day: string) => Date.parse(`${day}T00:00:00.000Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The days of [first, last] (ms of UTC midnights, inclusive) that are not after `today`. */
function daysThatCanHoldLeads(first: number, last: number, today: number): number {
  const end = Math.min(last, today);
  return end < first ? 0 : (end - first) / DAY_MS + 1;
}

/** The plan for `range`; `today` is the current UTC day (YYYY-MM-DD). */
export function planSourceCount(range: DateRange, today: string): SourcePlan {
  const from = dayMs(range.from);
  const to = dayMs(range.to);
  const now = dayMs(today);
  const months: string[] = [];
  const spans: LeadSpan[] = [];
  const span = (first: number, last: number, sign: 1 | -1) => {
    if (first <= last) spans.push({ start: new Date(first), end: new Date(last + DAY_MS), sign });
  };
  let monthStart = Date.UTC(new Date(from).getUTCFullYear(), new Date(from).getUTCMonth(), 1);
  while (monthStart <= to) {
    const d = new Date(monthStart);
    const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    const monthEnd = next - DAY_MS;
    const first = Math.max(from, monthStart);
    const last = Math.min(to, monthEnd);
    const inside = daysThatCanHoldLeads(first, last, now);
    const outside =
      daysThatCanHoldLeads(monthStart, first - DAY_MS, now) +
      daysThatCanHoldLeads(last + DAY_MS, monthEnd, now);
    if (first === monthStart && last === monthEnd) {
      months.push(iso(monthStart));
    } else if (outside < inside) {
      months.push(iso(monthStart));
      span(monthStart, first - DAY_MS, -1);
      span(last + DAY_MS, monthEnd, -1);
    } else {
      span(first, last, 1);
    }
    monthStart = next;
  }
  return { months, spans };
}
