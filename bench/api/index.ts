// pnpm bench:api — GET /api/v1/leads (page of 50, API-key auth, 100,000 leads in the database)
// against a bare route returning fixed JSON, both served by the same server on loopback, with
// autocannon (in a process of its own) at 50 connections. The server is Next's production server
// (build first: `pnpm build`), the bare route its GET /api/health; BENCH_SERVER=direct calls the
// route handler from a plain Node server instead, against a fixed-JSON handler. Runs on PGlite,
// then on Postgres when DATABASE_URL is set (scripts/start-test-postgres.sh starts one; the bench
// uses a database of its own beside it), each engine in a fresh process. Besides req/s and
// latency it prints the CPU each request costs the server, Postgres and autocannon.
// BENCH_PIN=1 puts a local Postgres on a CPU of its own, away from the server's main thread (pin.ts).
import { execFile, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Result } from "autocannon";
import { closeDb, openDb, setDb, migrate, type OpenedDb } from "@/lib/db";
import { MemoryRateLimiter, setRateLimiter, type RateLimiter } from "@/lib/ratelimit";
import { backendPids, ownBackendPid, perRequest, sampleCpu, type CpuPerRequest } from "./cpu";
import { pinApart, type Pinning } from "./pin";
import { seedBenchOrg } from "./seed";
import { startDirect, startNext, type BenchServer } from "./servers";

const execFileAsync = promisify(execFile);
const AUTOCANNON_BIN = path.join(process.cwd(), "node_modules", ".bin", "autocannon");
const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
// A server runs for hours: measure it JIT-compiled. Two seconds left the leads route half
// optimized (its first measured run cost twice the CPU of a later one), so each route is warmed
// for longer, and the two are then measured in alternation, so a change in the machine's load
// during the run falls on both.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SERVER = process.env.BENCH_SERVER === "direct" ? "direct" : "next";
/** A directory: each measured run also writes a V8 CPU profile of this process there. */
const PROFILE_DIR = process.env.BENCH_PROFILE;
/** BENCH_PIN=1: Postgres on a CPU of its own, as a hosted database would be (pin.ts). */
const PIN = process.env.BENCH_PIN === "1";
let launch: string[] = [];

/** Records a CPU profile of this process while `fn` runs, when BENCH_PROFILE is set. */
async function profiled<T>(name: string, fn: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return fn();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  try {
    return await fn();
  } finally {
    const { profile } = await session.post("Profiler.stop");
    const file = path.join(PROFILE_DIR, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`  profile: ${file}`);
    session.disconnect();
  }
}

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
  cpu: CpuPerRequest;
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
  const [cmd, ...prefix] = [...launch, AUTOCANNON_BIN];
  const { stdout } = await execFileAsync(cmd!, [...prefix, ...args, url], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Result;
}

/** One measured run of `DURATION` seconds. */
async function run(
  name: string,
  server: BenchServer,
  path: string,
  headers: Record<string, string>,
  pgPids: () => Promise<number[]>,
): Promise<Figures> {
  const url = server.url + path;
  await server.idle();
  const before = sampleCpu(await pgPids());
  const r = await profiled(name, () => cannon(url, headers, DURATION));
  const after = sampleCpu(await pgPids());
  await server.idle(); // requests autocannon gave up on still cost CPU until they finish
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    cpu: perRequest(before, after, r.requests.total),
  };
}

/** Rounds of one route as one figure: mean throughput and CPU, mean p50, worst p99. */
function combine(rounds: Figures[]): Figures {
  const mean = (f: (x: Figures) => number) => rounds.reduce((a, x) => a + f(x), 0) / rounds.length;
  return {
    rps: mean((x) => x.rps),
    p50: Math.round(mean((x) => x.p50)),
    p99: Math.max(...rounds.map((x) => x.p99)),
    non2xx: rounds.reduce((a, x) => a + x.non2xx, 0),
    errors: rounds.reduce((a, x) => a + x.errors, 0),
    cpu: {
      server: mean((x) => x.cpu.server),
      postgres: mean((x) => x.cpu.postgres),
      children: mean((x) => x.cpu.children),
    },
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

function report(label: string, server: BenchServer, leads: Figures, bare: Figures): void {
  const row = (name: string, f: Figures) =>
    `  ${name.padEnd(30)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   non-2xx ${f.non2xx}  errors ${f.errors}`;
  const cpu = (name: string, c: CpuPerRequest) =>
    `    ${name.padEnd(8)} ${c.server.toFixed(0).padStart(6)} ${c.postgres.toFixed(0).padStart(9)} ${c.children.toFixed(0).padStart(11)}`;
  const ratio = leads.rps / bare.rps;
  const server_ = server.kind === "next" ? "Next production server" : "plain Node server";
  console.log(
    `[${label}] ${server_}, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION} s per route after ${WARMUP} s of warm-up (mean req/s and p50, worst p99)`,
  );
  console.log(row("GET /api/v1/leads (50/page)", leads));
  console.log(row(`GET ${server.barePath} (bare)`, bare));
  const bar = ratio >= 0.5 && leads.p99 < 100;
  console.log(
    `  leads/bare = ${(ratio * 100).toFixed(1)} %  (bar: >= 50 % and p99 < 100 ms) → ${bar ? "meets" : "misses"} the bar`,
  );
  console.log(`  CPU per request, µs:  server  Postgres  autocannon`);
  console.log(cpu("leads", leads.cpu));
  console.log(cpu("bare", bare.cpu));
}

async function benchEngine(label: string, opened: OpenedDb): Promise<void> {
  setDb(opened);
  await migrate(opened);
  const t0 = performance.now();
  const { key } = await seedBenchOrg(LEADS);
  console.log(
    `[${label}] seeded ${LEADS.toLocaleString("en")} leads in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const server = SERVER === "next" ? await startNext() : await startDirect();
  const pgPids = () =>
    opened.engine === "postgres" ? backendPids(opened.db) : Promise.resolve([]);
  let pinning: Pinning | undefined;
  try {
    const auth = { authorization: `Bearer ${key}` };
    const check = await fetch(server.url + server.leadsPath, { headers: auth });
    const page = (await check.json()) as { data?: unknown[] };
    if (check.status !== 200 || page.data?.length !== 50)
      throw new Error(`leads route answered ${check.status}`);
    const bareCheck = await fetch(server.url + server.barePath);
    if (bareCheck.status !== 200) throw new Error(`bare route answered ${bareCheck.status}`);
    if (PIN && opened.engine === "postgres") {
      pinning = pinApart(await ownBackendPid(opened.db));
      launch = pinning.unpinned;
      console.log(`[${label}] pinned (BENCH_PIN): ${pinning.describe}`);
    }
    // Warm-up: JIT, connection pool, plan cache; not measured.
    await cannon(server.url + server.leadsPath, auth, WARMUP);
    await cannon(server.url + server.barePath, {}, WARMUP);
    const leads: Figures[] = [];
    const bare: Figures[] = [];
    for (let i = 1; i <= ROUNDS; i++) {
      leads.push(await run(`${label}-leads-${i}`, server, server.leadsPath, auth, pgPids));
      bare.push(await run(`${label}-bare-${i}`, server, server.barePath, {}, pgPids));
      const [l, b] = [leads.at(-1)!, bare.at(-1)!];
      console.log(
        `  round ${i}: leads ${l.rps.toFixed(0)} req/s (p99 ${l.p99} ms), bare ${b.rps.toFixed(0)} req/s (p99 ${b.p99} ms): ${((100 * l.rps) / b.rps).toFixed(1)} %`,
      );
    }
    report(label, server, combine(leads), combine(bare));
  } finally {
    pinning?.undo();
    await server.close();
    await closeDb();
  }
}

/** One engine in this process: the parent starts one process per engine. */
async function engineMain(engine: string): Promise<void> {
  process.env.LOG_LEVEL ??= "warn"; // one access-log line per request would bench stdout, not the API
  setRateLimiter(countingButUnrefusing());
  if (engine === "pglite") {
    await benchEngine("pglite", await openDb({ pgliteDir: "memory://" }));
    return;
  }
  const base = process.env.DATABASE_URL;
  if (!base) {
    console.log("[postgres] skipped: set DATABASE_URL (scripts/start-test-postgres.sh prints one)");
    return;
  }
  await benchEngine("postgres", await openDb({ databaseUrl: await postgresUrl(base) }));
}

async function main(): Promise<void> {
  const engine = process.env.BENCH_ENGINE;
  if (engine) {
    await engineMain(engine);
    process.exit(0); // the server's background timers (the embedded job executor) would linger
  }
  const [load1] = os.loadavg();
  console.log(
    `bench:api on ${os.cpus().length} CPUs (load average ${load1!.toFixed(1)} at start), pool ${process.env.DB_POOL_MAX ?? "default"}`,
  );
  for (const e of (process.env.BENCH_ENGINES ?? "pglite,postgres").split(",")) {
    const code = await new Promise<number | null>((resolve) =>
      spawn(process.execPath, [...process.execArgv, process.argv[1]!], {
        stdio: "inherit",
        env: { ...process.env, BENCH_ENGINE: e },
      }).on("exit", resolve),
    );
    if (code !== 0) process.exitCode = 1;
  }
}

await main();
