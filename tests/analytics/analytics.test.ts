import { beforeAll, describe, expect, it } from "vitest";
import {
  chartCsv,
  creditsPerDay,
  jobSuccessRate,
  jobsPerDay,
  leadsByStage,
  leadsPerDay,
  loadAnalytics,
  resolveRange,
  stageConversion,
  topSources,
  type DateRange,
} from "@/lib/analytics";
import { asServiceRole, type JwtClaims } from "@/lib/db";
import type { JobStatus, LeadStage, LeadStatus } from "@/lib/db";
import { useTestDb } from "../helpers/db";
import { createOrg } from "../pipeline/world";

useTestDb();

// Every chart's query against a hand-computed fixture: a handful of leads, jobs and ledger rows
// on known instants around a five-day range (2026-03-01 to 2026-03-05), with a second
// organization's rows on the same days that must never be counted.

const RANGE: DateRange = { preset: "custom", from: "2026-03-01", to: "2026-03-05" };
let orgA: string;
let member: JwtClaims;
let orgB: string;
let outsider: JwtClaims;
let n = 0;

async function lead(
  org: string,
  at: string,
  status: LeadStatus | null,
  stage: LeadStage,
  domain: string | null,
) {
  n += 1;
  await asServiceRole((tx) =>
    tx
      .insertInto("scraped_leads")
      .values({ org_id: org, dedupe_key: `k${n}`, status, stage, domain, created_at: new Date(at) })
      .execute(),
  );
}

async function ledger(org: string, kind: string, amount: number, at: string) {
  n += 1;
  await asServiceRole((tx) =>
    tx
      .insertInto("credit_transactions")
      .values({
        org_id: org,
        kind: kind as "charge",
        amount,
        balance_after: 0,
        idempotency_key: `analytics-${n}`,
        created_at: new Date(at),
      })
      .execute(),
  );
}

async function job(org: string, status: JobStatus, at: string) {
  await asServiceRole((tx) =>
    tx
      .insertInto("scraping_jobs")
      .values({ org_id: org, type: "single", status, created_at: new Date(at) })
      .execute(),
  );
}

beforeAll(async () => {
  ({ orgId: orgA, claims: member } = await createOrg(0));
  ({ orgId: orgB, claims: outsider } = await createOrg(0));
  // Inside the range: the first and last instants of its days count, the next midnight does not.
  await lead(orgA, "2026-03-01T00:00:00Z", "hot", "new", "a.test");
  await lead(orgA, "2026-03-01T23:59:59Z", "warm", "contacted", "a.test");
  await lead(orgA, "2026-03-03T10:00:00Z", "cold", "qualified", "b.test");
  await lead(orgA, "2026-03-03T11:00:00Z", null, "won", null);
  await lead(orgA, "2026-03-05T23:59:59.999Z", "hot", "lost", "=cmd.test");
  await lead(orgA, "2026-02-28T23:59:59Z", "hot", "won", "a.test");
  await lead(orgA, "2026-03-06T00:00:00Z", "warm", "won", "a.test");
  await lead(orgB, "2026-03-02T12:00:00Z", "hot", "won", "a.test");
  await lead(orgB, "2026-03-02T13:00:00Z", "hot", "proposal", "z.test");

  await ledger(orgA, "charge", -5, "2026-03-01T08:00:00Z");
  await ledger(orgA, "charge", -3, "2026-03-01T09:00:00Z");
  await ledger(orgA, "reserve", -100, "2026-03-02T09:00:00Z");
  await ledger(orgA, "release", 50, "2026-03-02T10:00:00Z");
  await ledger(orgA, "charge", -10, "2026-03-04T10:00:00Z");
  await ledger(orgA, "refund", 2, "2026-03-04T11:00:00Z");
  await ledger(orgA, "clawback", -7, "2026-03-05T11:00:00Z");
  await ledger(orgA, "charge", -99, "2026-02-28T12:00:00Z");
  await ledger(orgB, "charge", -1000, "2026-03-02T12:00:00Z");

  await job(orgA, "completed", "2026-03-01T01:00:00Z");
  await job(orgA, "completed", "2026-03-01T02:00:00Z");
  await job(orgA, "failed", "2026-03-01T03:00:00Z");
  await job(orgA, "cancelled", "2026-03-03T01:00:00Z");
  await job(orgA, "processing", "2026-03-03T02:00:00Z");
  await job(orgA, "pending", "2026-03-05T02:00:00Z");
  await job(orgA, "failed", "2026-02-28T02:00:00Z");
  for (let i = 0; i < 3; i++) await job(orgB, "failed", "2026-03-01T05:00:00Z");
});

const zeroDay = (day: string) => ({ day, total: 0, hot: 0, warm: 0, cold: 0, unscored: 0 });

describe("analytics queries", () => {
  it("counts leads per UTC day by status, with the days without leads as zeros", async () => {
    expect(await leadsPerDay(member, orgA, RANGE)).toEqual([
      { day: "2026-03-01", total: 2, hot: 1, warm: 1, cold: 0, unscored: 0 },
      zeroDay("2026-03-02"),
      { day: "2026-03-03", total: 2, hot: 0, warm: 0, cold: 1, unscored: 1 },
      zeroDay("2026-03-04"),
      { day: "2026-03-05", total: 1, hot: 1, warm: 0, cold: 0, unscored: 0 },
    ]);
  });

  it("counts the range's leads by current stage, every stage listed", async () => {
    expect(await leadsByStage(member, orgA, RANGE)).toEqual([
      { stage: "new", leads: 1 },
      { stage: "contacted", leads: 1 },
      { stage: "qualified", leads: 1 },
      { stage: "proposal", leads: 0 },
      { stage: "won", leads: 1 },
      { stage: "lost", leads: 1 },
      { stage: "archived", leads: 0 },
    ]);
  });

  it("follows the range's leads through the stages they reached (imported at a stage here)", async () => {
    // Inserted at a stage with no moves, each lead reached its stage and the ones before it when
    // it was created; tests/analytics/stage-conversion.test.ts follows leads moved through history.
    expect(await stageConversion(member, orgA, RANGE)).toEqual([
      { stage: "new", reached: 5, next: "contacted", advanced: 3, rate: 3 / 5 },
      { stage: "contacted", reached: 3, next: "qualified", advanced: 2, rate: 2 / 3 },
      { stage: "qualified", reached: 2, next: "proposal", advanced: 1, rate: 1 / 2 },
      { stage: "proposal", reached: 1, next: "won", advanced: 1, rate: 1 },
      { stage: "won", reached: 1, next: null, advanced: 0, rate: null },
    ]);
  });

  it("sums credits used per day: charges less refunds, not holds, releases or clawbacks", async () => {
    expect(await creditsPerDay(member, orgA, RANGE)).toEqual([
      { day: "2026-03-01", used: 8 },
      { day: "2026-03-02", used: 0 },
      { day: "2026-03-03", used: 0 },
      { day: "2026-03-04", used: 8 },
      { day: "2026-03-05", used: 0 },
    ]);
  });

  it("ranks the top sources by leads, leads without a domain grouped", async () => {
    expect(await topSources(member, orgA, RANGE)).toEqual([
      { source: "a.test", leads: 2 },
      { source: "(no domain)", leads: 1 },
      { source: "=cmd.test", leads: 1 },
      { source: "b.test", leads: 1 },
    ]);
  });

  it("counts jobs per day by outcome and the success rate of finished jobs", async () => {
    const days = await jobsPerDay(member, orgA, RANGE);
    expect(days).toEqual([
      { day: "2026-03-01", completed: 2, failed: 1, cancelled: 0, running: 0 },
      { day: "2026-03-02", completed: 0, failed: 0, cancelled: 0, running: 0 },
      { day: "2026-03-03", completed: 0, failed: 0, cancelled: 1, running: 1 },
      { day: "2026-03-04", completed: 0, failed: 0, cancelled: 0, running: 0 },
      { day: "2026-03-05", completed: 0, failed: 0, cancelled: 0, running: 1 },
    ]);
    expect(jobSuccessRate(days)).toBe(2 / 3);
  });

  it("never counts another organization's rows, even asked for that organization's id", async () => {
    const theirs = await loadAnalytics(outsider, orgA, RANGE);
    expect(theirs.leadsPerDay.every((d) => d.total === 0)).toBe(true);
    expect(theirs.leadsByStage.every((s) => s.leads === 0)).toBe(true);
    expect(theirs.creditsPerDay.every((d) => d.used === 0)).toBe(true);
    expect(theirs.jobsPerDay.every((d) => d.completed + d.failed + d.running === 0)).toBe(true);
    expect(theirs.topSources).toEqual([]);
    // Their own organization: only their rows.
    const own = await loadAnalytics(outsider, orgB, RANGE);
    expect(own.leadsByStage.find((s) => s.stage === "won")?.leads).toBe(1);
    expect(own.creditsPerDay.find((d) => d.day === "2026-03-02")?.used).toBe(1000);
    expect(own.topSources).toEqual([
      { source: "a.test", leads: 1 },
      { source: "z.test", leads: 1 },
    ]);
  });

  it("an empty organization gets a zero for every day, not an error", async () => {
    const { orgId, claims } = await createOrg(0);
    const empty = await loadAnalytics(claims, orgId, RANGE);
    expect(empty.leadsPerDay).toEqual(RANGE_DAYS.map(zeroDay));
    expect(empty.stageConversion.every((s) => s.rate === null)).toBe(true);
  });
});

const RANGE_DAYS = ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"];

describe("chart CSV", () => {
  it("downloads the chart's rows, formula cells defused", async () => {
    const csv = await chartCsv(member, orgA, "top-sources", RANGE);
    expect(csv.filename).toBe("leadscout-top-sources-2026-03-01-to-2026-03-05.csv");
    expect(csv.body).toBe(
      'source,leads\r\na.test,2\r\n(no domain),1\r\n"\'=cmd.test",1\r\nb.test,1\r\n',
    );
  });

  it("writes conversion rates as fractions and leaves the last stage's blank", async () => {
    const { body } = await chartCsv(member, orgA, "stage-conversion", RANGE);
    expect(body.split("\r\n")).toEqual([
      "stage,reached,next_stage,went_on,conversion_to_next",
      "new,5,contacted,3,0.6000",
      "contacted,3,qualified,2,0.6667",
      "qualified,2,proposal,1,0.5000",
      "proposal,1,won,1,1.0000",
      "won,1,,,",
      "",
    ]);
  });
});

describe("date range", () => {
  const now = new Date("2026-03-20T15:00:00Z");
  it("presets end today; no range is the last 30 days", () => {
    expect(resolveRange({ range: "7d" }, now)).toEqual({
      preset: "7d",
      from: "2026-03-14",
      to: "2026-03-20",
    });
    expect(resolveRange({}, now)).toMatchObject({ from: "2026-02-19", to: "2026-03-20" });
  });

  it("refuses an unreal date, an end before the start and more than a year, naming the field", () => {
    const fields = (q: Record<string, string>) => {
      try {
        resolveRange(q, now);
        return null;
      } catch (err) {
        return (err as { code: string; fields: Record<string, string[]> }).fields;
      }
    };
    expect(fields({ range: "custom", from: "2026-02-30", to: "2026-03-01" })).toHaveProperty(
      "from",
    );
    expect(fields({ range: "custom", from: "2026-03-02", to: "2026-03-01" })).toHaveProperty("to");
    expect(fields({ from: "2024-01-01", to: "2026-01-01" })).toHaveProperty("to");
    expect(fields({ range: "custom" })).toMatchObject({
      from: expect.any(Array),
      to: expect.any(Array),
    });
    expect(fields({ range: "1y" })).toHaveProperty("range");
  });
});
