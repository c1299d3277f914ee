// pnpm bench:analytics — every Analytics chart's query on 1,000,000 leads, on Postgres
// (DATABASE_URL; scripts/start-test-postgres.sh prints one — the bench makes its own database
// beside it). One organization holds the leads (spread over the last year, with their stage
// history, jobs and a credit ledger), another holds more rows the queries must skip. Each query
// runs as a member of the organization (RLS included), BENCH_RUNS times per range, in three
// phases (see baseline.ts): without rollups or 0027's indexes (every chart counted from its rows),
// as with migration 0027 only (top sources from the leads through its index, conversion from
// current stages), and as lib/analytics runs now (0030's rollups). Prints p50 / p95 in ms and the
// ratio of the p95s, 0027 to now. Goal: p95 < 200 ms for each query.
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { CHART_TABLES, resolveRange, type AnalyticsChart, type DateRange } from "@/lib/analytics";
import { closeDb, migrate, MIGRATIONS_DIR, openDb, setDb, type JwtClaims } from "@/lib/db";
import { fmt, p50, p95 } from "../dashboard/stats";
import { NO_ROLLUP, WITH_0027 } from "./baseline";
import { seedAnalytics } from "./seed";

const LEADS = Number(process.env.BENCH_LEADS ?? 1_000_000);
const OTHER_LEADS = Number(process.env.BENCH_OTHER_LEADS ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const GOAL_P95_MS = 200;
const MIGRATION = path.join(MIGRATIONS_DIR, "0027_analytics.sql");

async function benchDatabase(base: string): Promise<string> {
  const name = "leadscout_bench_analytics";
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Milliseconds of each of RUNS runs of one chart's query (after two unmeasured warm-ups). */
async function measure(
  claims: JwtClaims,
  orgId: string,
  chart: AnalyticsChart,
  range: DateRange,
  phase: Phase,
) {
  const run = PHASES[phase][chart] ?? CHART_TABLES[chart].rows;
  const times: number[] = [];
  for (let i = -2; i < RUNS; i++) {
    const t0 = performance.now();
    const rows = await run(claims, orgId, range);
    if (i >= 0) times.push(performance.now() - t0);
    if (rows.length === 0) throw new Error(`${chart} returned no rows: the seed did not land`);
  }
  return times;
}

type Phase = "none" | "0027" | "now";
const PHASES: Record<Phase, typeof NO_ROLLUP> = { none: NO_ROLLUP, "0027": WITH_0027, now: {} };

const yearAgo = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
const RANGES: { label: string; range: DateRange }[] = [
  { label: "30 days", range: resolveRange({ range: "30d" }) },
  { label: "90 days", range: resolveRange({ range: "90d" }) },
  {
    label: "365 days",
    range: resolveRange({
      range: "custom",
      from: yearAgo,
      to: new Date().toISOString().slice(0, 10),
    }),
  },
];

async function measureAll(claims: JwtClaims, orgId: string, phase: Phase) {
  const out = new Map<string, number[]>();
  for (const { label, range } of RANGES)
    for (const chart of Object.keys(CHART_TABLES) as AnalyticsChart[])
      out.set(`${chart} (${label})`, await measure(claims, orgId, chart, range, phase));
  return out;
}

async function main() {
  const base = process.env.DATABASE_URL;
  if (!base) {
    console.error("Set DATABASE_URL (bash scripts/start-test-postgres.sh prints one).");
    process.exit(1);
  }
  const opened = await openDb({ databaseUrl: await benchDatabase(base) });
  setDb(opened);
  try {
    await migrate(opened);
    const t0 = performance.now();
    const { orgId, claims } = await seedAnalytics(opened.db, LEADS, OTHER_LEADS);
    const seedSeconds = (performance.now() - t0) / 1000;

    const ddl = readFileSync(MIGRATION, "utf8");
    const indexes = [...ddl.matchAll(/create index (\w+)/g)].map((m) => m[1]!);
    for (const name of indexes) await sql`drop index ${sql.id("public", name)}`.execute(opened.db);
    await sql`analyze`.execute(opened.db);
    const none = await measureAll(claims, orgId, "none");
    const createIndexes = ddl.match(/create index[\s\S]*?;/g) ?? [];
    await opened.script.transaction((q) => q.exec(createIndexes.join("\n")));
    await sql`vacuum (analyze)`.execute(opened.db);
    const only0027 = await measureAll(claims, orgId, "0027");
    const now = await measureAll(claims, orgId, "now");

    console.log(
      `analytics on Postgres: ${LEADS.toLocaleString("en")} leads in the measured organization ` +
        `(${OTHER_LEADS.toLocaleString("en")} in another), seeded in ${seedSeconds.toFixed(0)} s; ` +
        `${RUNS} runs per query, as a member (RLS)`,
    );
    console.log(
      `    ${"query (range)".padEnd(34)} ${"no rollups".padEnd(15)} ${"0027 only".padEnd(15)} ` +
        `${"now (0030)".padEnd(15)} p95 ratio  goal p95 < ${GOAL_P95_MS}`,
    );
    let failed = 0;
    const cell = (xs: number[]) => `${fmt(p50(xs))} / ${fmt(p95(xs))}`.padEnd(15);
    for (const [name, times] of now) {
      const before = only0027.get(name)!;
      const ok = p95(times) < GOAL_P95_MS;
      if (!ok) failed += 1;
      console.log(
        `    ${name.padEnd(34)} ${cell(none.get(name)!)} ${cell(before)} ${cell(times)} ` +
          `${(p95(before) / p95(times)).toFixed(1).padStart(6)}x   ${ok ? "ok" : "MISSED"}`,
      );
    }
    console.log(`    (p50 / p95 in ms; ${failed} of ${now.size} queries missed the goal)`);
  } finally {
    await closeDb();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
