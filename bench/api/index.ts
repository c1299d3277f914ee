// pnpm bench:api — GET /api/v1/leads (page of 50, API-key auth, 100,000 leads in the database)
// against a bare route returning fixed JSON, both served by the same loopback HTTP server, with
// autocannon (in a process of its own) at 50 connections. Runs on PGlite, then on Postgres when
// DATABASE_URL is set (scripts/start-test-postgres.sh starts one; the bench uses its own database
// beside it).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Result } from "autocannon";
import { GET as listLeadsRoute } from "@/app/api/v1/leads/route";
import { closeDb, openDb, setDb, migrate, type OpenedDb } from "@/lib/db";
import { MemoryRateLimiter, setRateLimiter, type RateLimiter } from "@/lib/ratelimit";
import { serveFetch } from "../../tests/api/harness/server";
import { seedBenchOrg } from "./seed";

const execFileAsync = promisify(execFile);
const AUTOCANNON_BIN = path.join(process.cwd(), "node_modules", ".bin", "autocannon");
const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

// Counted exactly like production (same limiter code), with a ceiling the bench cannot reach, so
// the limiter's cost is in the figures but 429s are not.
function countingButUnrefusing(): RateLimiter {
  const inner = new MemoryRateLimiter();
  return {
    kind: "memory",
    limit: (name, policy, id) => inner.limit(name, { ...policy, limit: 1e12 }, id),
  };
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/**
 * autocannon runs in a child process of its own, so the load generator does not share the
 * server's event loop (in-process it would take CPU from the route being measured).
 */
async function cannon(
  url: string,
  headers: Record<string, string>,
  seconds: number,
): Promise<Result> {
  const args = ["-c", String(CONNECTIONS), "-d", String(seconds), "-j"];
  for (const [k, v] of Object.entries(headers)) args.push("-H", `${k}=${v}`);
  const { stdout } = await execFileAsync(AUTOCANNON_BIN, [...args, url], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Result;
}

async function run(url: string, headers: Record<string, string>): Promise<Figures> {
  await cannon(url, headers, 2); // warm-up: JIT, connection pool, plan cache; not measured
  const r = await cannon(url, headers, DURATION);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

async function postgresUrl(base: string): Promise<string> {
  // A database of its own next to the test database, made afresh so runs compare.
  const u = new URL(base);
  const name = "leadscout_bench_api";
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  u.pathname = `/${name}`;
  return u.toString();
}

async function benchEngine(label: string, opened: OpenedDb): Promise<void> {
  setDb(opened);
  await migrate(opened);
  const t0 = performance.now();
  const { key } = await seedBenchOrg(LEADS);
  console.log(
    `[${label}] seeded ${LEADS.toLocaleString("en")} leads in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const bare = JSON.stringify({
    success: true,
    data: { ok: true },
    error: null,
    meta: { request_id: "bench" },
  });
  const server = await serveFetch(async (req) => {
    const { pathname } = new URL(req.url);
    if (pathname === "/bare")
      return new Response(bare, { headers: { "content-type": "application/json" } });
    return listLeadsRoute(req);
  });
  try {
    const auth = { authorization: `Bearer ${key}` };
    const check = await fetch(`${server.url}/api/v1/leads?limit=50`, { headers: auth });
    const page = (await check.json()) as { data: unknown[] };
    if (check.status !== 200 || page.data.length !== 50)
      throw new Error(`leads route answered ${check.status}`);
    const leads = await run(`${server.url}/api/v1/leads?limit=50`, auth);
    const bareFig = await run(`${server.url}/bare`, {});
    const ratio = leads.rps / bareFig.rps;
    const row = (name: string, f: Figures) =>
      `  ${name.padEnd(28)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   non-2xx ${f.non2xx}  errors ${f.errors}`;
    console.log(`[${label}] ${CONNECTIONS} connections, ${DURATION} s each`);
    console.log(row("GET /api/v1/leads (50/page)", leads));
    console.log(row("bare fixed JSON", bareFig));
    const bar = ratio >= 0.5 && leads.p99 < 100;
    console.log(
      `  leads/bare = ${(ratio * 100).toFixed(1)} %  (bar: >= 50 % and p99 < 100 ms) → ${bar ? "meets" : "misses"} the bar`,
    );
  } finally {
    await server.close();
    await closeDb();
  }
}

async function main() {
  process.env.LOG_LEVEL ??= "warn"; // one access-log line per request would bench stdout, not the API
  setRateLimiter(countingButUnrefusing());
  const engines = (process.env.BENCH_ENGINES ?? "pglite,postgres").split(",");
  if (engines.includes("pglite"))
    await benchEngine("pglite", await openDb({ pgliteDir: "memory://" }));
  if (engines.includes("postgres")) {
    const base = process.env.DATABASE_URL;
    if (!base)
      console.log(
        "[postgres] skipped: set DATABASE_URL (scripts/start-test-postgres.sh prints one)",
      );
    else await benchEngine("postgres", await openDb({ databaseUrl: await postgresUrl(base) }));
  }
}

await main();
