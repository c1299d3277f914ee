import { readFileSync } from "node:fs";
import { sql } from "kysely";
import type { Db } from "@/lib/db";

// Where the time goes: CPU spent per request by the server process, by the Postgres backends that
// serve it, and by the load generator. On a loaded or small machine throughput mostly says who
// else wanted the CPU; CPU per request says what a request costs.

const CLOCK_TICK_US = 10_000; // /proc reports in USER_HZ = 100 ticks per second on Linux

/** utime+stime of a process from /proc, in µs; 0 when it cannot be read (not Linux, gone). */
function procStatCpuUs(pid: number | "self", field: "own" | "children"): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After the command: state is f[0], utime f[11], stime f[12], cutime f[13], cstime f[14].
    const [a, b] = field === "own" ? [f[11], f[12]] : [f[13], f[14]];
    return (Number(a) + Number(b)) * CLOCK_TICK_US;
  } catch {
    return 0;
  }
}

/** The Postgres backends connected to this database (our pool), when Postgres runs on this host. */
export async function backendPids(db: Db): Promise<number[]> {
  const { rows } = await sql<{ pid: number }>`
    select pid from pg_stat_activity
    where datname = current_database() and backend_type = 'client backend'
      and pid <> pg_backend_pid()`.execute(db);
  return rows.map((r) => r.pid).filter((pid) => procStatCpuUs(pid, "own") > 0);
}

/** A backend of this database's server: the bench's own connection (pin.ts finds its parent). */
export async function ownBackendPid(db: Db): Promise<number> {
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
  return rows[0]!.pid;
}

export interface CpuSample {
  server: number;
  /** Per backend pid: a backend the pool opens or closes mid-run is counted for its lifetime. */
  postgres: Map<number, number>;
  /** Finished child processes (the load generator), as the kernel accounts them when reaped. */
  children: number;
}

export function sampleCpu(pgPids: number[]): CpuSample {
  const { user, system } = process.cpuUsage();
  return {
    server: user + system,
    postgres: new Map(pgPids.map((pid) => [pid, procStatCpuUs(pid, "own")])),
    children: procStatCpuUs("self", "children"),
  };
}

export interface CpuPerRequest {
  server: number;
  postgres: number;
  children: number;
}

/** µs of CPU per request between two samples. */
export function perRequest(a: CpuSample, b: CpuSample, requests: number): CpuPerRequest {
  let postgres = 0;
  for (const [pid, cpu] of b.postgres) postgres += cpu - (a.postgres.get(pid) ?? 0);
  const per = (us: number) => (requests > 0 ? us / requests : 0);
  return {
    server: per(b.server - a.server),
    postgres: per(postgres),
    children: per(b.children - a.children),
  };
}
