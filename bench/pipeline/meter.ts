// Where the time goes: busy wall time (union of overlapping intervals) and call counts for the
// database and each MCP tool, measured by wrapping the calls in this process. Database statements
// are split by whose they are: the executor's bookkeeping (inngest_local) or the pipeline's own
// work (public.*); a transaction's begin, set_config and commit count for the side its first
// statement belongs to. PGlite runs one statement at a time, so transactions never interleave here.
import { PGlite } from "@electric-sql/pglite";
import { McpConnection } from "@/lib/mcp/connection";

export class Meter {
  private active = 0;
  private since = 0;
  busyMs = 0;
  calls = 0;
  totalMs = 0;

  async time<T>(fn: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    if (this.active++ === 0) this.since = t0;
    try {
      return await fn();
    } finally {
      const t1 = performance.now();
      this.calls += 1;
      this.totalMs += t1 - t0;
      if (--this.active === 0) this.busyMs += t1 - this.since;
    }
  }

  reset(): void {
    Object.assign(this, { busyMs: 0, calls: 0, totalMs: 0 });
  }
}

export type DbSide = "executor" | "pipeline";
export const dbMeter = new Meter();
export const dbSides: Record<DbSide, { statements: number; ms: number }> = {
  executor: { statements: 0, ms: 0 },
  pipeline: { statements: 0, ms: 0 },
};
/** Statements by their first words (BENCH_SQL=1 prints the most frequent). */
export const sqlCounts = new Map<string, number>();
export const mcpMeters = new Map<string, Meter>();

const CONTROL = /^(begin|commit|rollback|select set_config\('role')/i;
let pending: number[] = []; // durations of control statements not yet attributed
let txSide: DbSide | undefined;

function attribute(head: string, ms: number): void {
  sqlCounts.set(head, (sqlCounts.get(head) ?? 0) + 1);
  if (CONTROL.test(head)) {
    pending.push(ms);
    if (/^(commit|rollback)/i.test(head)) {
      const side = txSide ?? "pipeline";
      dbSides[side].statements += pending.length;
      dbSides[side].ms += pending.reduce((a, b) => a + b, 0);
      pending = [];
      txSide = undefined;
    }
    return;
  }
  // The claim's advisory lock is the executor's too (inngest/local/queue.ts).
  const side: DbSide =
    head.includes("inngest_local") || head.includes("pg_advisory_xact_lock")
      ? "executor"
      : "pipeline";
  txSide ??= side;
  dbSides[side].statements += 1;
  dbSides[side].ms += ms;
}

export function resetMeters(): void {
  dbMeter.reset();
  for (const m of mcpMeters.values()) m.reset();
  for (const s of Object.values(dbSides)) Object.assign(s, { statements: 0, ms: 0 });
  sqlCounts.clear();
}

/** Patches PGlite's query entry points and McpConnection.callTool; call before opening the db. */
export function installMeters(): void {
  const proto = PGlite.prototype as unknown as Record<
    string,
    (...a: unknown[]) => Promise<unknown>
  >;
  for (const name of ["query", "exec"]) {
    const original = proto[name]!;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const head = String(args[0]).replace(/\s+/g, " ").trim().slice(0, 90);
      const t0 = performance.now();
      return dbMeter
        .time(() => original.apply(this, args))
        .finally(() => attribute(head, performance.now() - t0));
    };
  }
  const original = McpConnection.prototype.callTool;
  McpConnection.prototype.callTool = function (this: McpConnection, tool, args, opts) {
    const key = `${this.name}.${tool}`;
    let m = mcpMeters.get(key);
    if (!m) mcpMeters.set(key, (m = new Meter()));
    return m.time(() => original.call(this, tool, args, opts));
  };
}
