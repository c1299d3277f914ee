import { describe, expect, it } from "vitest";
import { planSourceCount, type SourcePlan } from "./source-segments";

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const range = (from: string, to: string) => ({ preset: "custom" as const, from, to });
const spans = (plan: SourcePlan) =>
  plan.spans.map((s) => [day(s.start.getTime()), day(s.end.getTime() - DAY_MS), s.sign]);

describe("planSourceCount", () => {
  it("reads whole months from the rollup and short ends from the leads", () => {
    const plan = planSourceCount(range("2026-01-03", "2026-03-04"), "2026-12-01");
    expect(plan.months).toEqual(["2026-01-01", "2026-02-01"]);
    // January less its first two days; March's four days read directly.
    expect(spans(plan)).toEqual([
      ["2026-01-01", "2026-01-02", -1],
      ["2026-03-01", "2026-03-04", 1],
    ]);
  });

  it("reads the last 90 days as four months less eight days (the tail after today is empty)", () => {
    const plan = planSourceCount(range("2026-09-09", "2026-12-07"), "2026-12-07");
    expect(plan.months).toEqual(["2026-09-01", "2026-10-01", "2026-11-01", "2026-12-01"]);
    expect(spans(plan)).toEqual([
      ["2026-09-01", "2026-09-08", -1],
      ["2026-12-08", "2026-12-31", -1],
    ]);
  });

  it("reads a range inside one month directly when that is fewer days", () => {
    const plan = planSourceCount(range("2026-02-10", "2026-02-12"), "2026-12-01");
    expect(plan.months).toEqual([]);
    expect(spans(plan)).toEqual([["2026-02-10", "2026-02-12", 1]]);
  });

  // A year of per-day counts for three sources, summed by the plan and by brute force, over every
  // range that starts and ends on the 1st, 2nd, 15th, 16th or last day of a month.
  it("adds up to the day-by-day count for any range", () => {
    // Prefix sums per source over 500 days from 2025-12-01: sumDays is then a subtraction.
    const start = Date.UTC(2025, 11, 1);
    const prefix: number[][] = [[0, 0, 0]];
    for (let d = 0; d < 500; d++) {
      const day = [d % 3, (d * 7) % 5, d % 11 === 0 ? 4 : 0];
      prefix.push(prefix[d]!.map((n, i) => n + day[i]!));
    }
    const at = (t: number) => prefix[Math.max(0, Math.min(500, (t - start) / DAY_MS))]!;
    const sumDays = (from: number, toExclusive: number) =>
      at(toExclusive).map((n, i) => n - at(from)[i]!);
    const edges: string[] = [];
    for (let m = 0; m < 13; m++) {
      const first = Date.UTC(2026, m, 1);
      const last = Date.UTC(2026, m + 1, 1) - DAY_MS;
      for (const t of [first, first + DAY_MS, first + 14 * DAY_MS, first + 15 * DAY_MS, last])
        edges.push(day(t));
    }
    const today = "2026-08-20";
    for (const from of edges)
      for (const to of edges) {
        if (to < from) continue;
        const plan = planSourceCount(range(from, to), today);
        const got = [0, 0, 0];
        for (const m of plan.months) {
          const d = new Date(`${m}T00:00:00Z`);
          const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
          sumDays(d.getTime(), next).forEach((n, i) => (got[i]! += n));
        }
        for (const s of plan.spans)
          sumDays(s.start.getTime(), s.end.getTime()).forEach((n, i) => (got[i]! += s.sign * n));
        const want = sumDays(
          Date.parse(`${from}T00:00:00Z`),
          Date.parse(`${to}T00:00:00Z`) + DAY_MS,
        );
        expect(got, `${from} – ${to}`).toEqual(want);
        // Never more than half a month of days read at either end that could hold leads.
        const read = plan.spans
          .map(
            (s) =>
              Math.min(s.end.getTime(), Date.parse(`${today}T00:00:00Z`) + DAY_MS) -
              s.start.getTime(),
          )
          .reduce((a, b) => a + Math.max(0, b), 0);
        expect(read / DAY_MS, `${from} – ${to}`).toBeLessThanOrEqual(32);
      }
  });
});
