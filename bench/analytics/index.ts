// pnpm bench:analytics — every Analytics chart's query on 1,000,000 leads, on Postgres
// (DATABASE_URL; scripts/start-test-postgres.sh prints one — the bench makes its own database
// beside it). One organization holds the leads (spread over the last year, with jobs and a credit
// ledger), another holds more rows the queries must skip. Each query runs as a member of the
// organization (RLS included) through lib/analytics, BENCH_RUNS times per range, first without
// migration 0027 (the baseline: its indexes dropped, and the per-day lead charts counted from the
// leads rather than the lead_daily_counts rollup, see baseline.ts), then with it. Prints p50 / p95
// in ms and the ratio of the p95s. Goal: p95 < 200 ms for each query with 0027.
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { CHART_TABLES, resolveRange, type AnalyticsChart, type DateRange } from "@/lib/analytics";
import { closeDb, migrate, MIGRATIONS_DIR, openDb, setDb, type JwtClaims } from "@/lib/db";
import { fmt, p50, p95 } from "../dashboard/stats";
import { BASELINE_QUERIES } from "./baseline";
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
  baseline: boolean,
) {
  const run = (baseline && BASELINE_QUERIES[chart]) || CHART_TABLES[chart].rows;
  const times: number[] = [];
  for (let i = -2; i < RUNS; i++) {
    const t0 = performance.now();
    const rows = await run(claims, orgId, range);
    if (i >= 0) times.push(performance.now() - t0);
    if (rows.length === 0) throw new Error(`${chart} returned no rows: the seed did not land`);
  }
  return times;
}

const RANGES: { label: string; range: DateRange }[] = [
  { label: "30 days", range: resolveRange({ range: "30d" }) },
  { label: "90 days", range: resolveRange({ range: "90d" }) },
];

async function measureAll(claims: JwtClaims, orgId: string, baseline: boolean) {
  const out = new Map<string, number[]>();
  for (const { label, range } of RANGES)
    for (const chart of Object.keys(CHART_TABLES) as AnalyticsChart[])
      out.set(`${chart} (${label})`, await measure(claims, orgId, chart, range, baseline));
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
    const baseline = await measureAll(claims, orgId, true);
    const createIndexes = ddl.match(/create index[\s\S]*?;/g) ?? [];
    await opened.script.transaction((q) => q.exec(createIndexes.join("\n")));
    await sql`vacuum (analyze)`.execute(opened.db);
    const indexed = await measureAll(claims, orgId, false);

    console.log(
      `analytics on Postgres: ${LEADS.toLocaleString("en")} leads in the measured organization ` +
        `(${OTHER_LEADS.toLocaleString("en")} in another), seeded in ${seedSeconds.toFixed(0)} s; ` +
        `${RUNS} runs per query, as a member (RLS)`,
    );
    console.log(
      `    ${"query (range)".padEnd(34)} ${"without 0027".padEnd(15)} ${"with 0027".padEnd(15)} p95 ratio  goal p95 < ${GOAL_P95_MS}`,
    );
    let failed = 0;
    for (const [name, times] of indexed) {
      const before = baseline.get(name)!;
      const ok = p95(times) < GOAL_P95_MS;
      if (!ok) failed += 1;
      console.log(
        `    ${name.padEnd(34)} ${`${fmt(p50(before))} / ${fmt(p95(before))}`.padEnd(15)} ` +
          `${`${fmt(p50(times))} / ${fmt(p95(times))}`.padEnd(15)} ` +
          `${(p95(before) / p95(times)).toFixed(1).padStart(6)}x   ${ok ? "ok" : "MISSED"}`,
      );
    }
    console.log(`    (p50 / p95 in ms; ${failed} of ${indexed.size} queries missed the goal)`);
  } finally {
    await closeDb();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
