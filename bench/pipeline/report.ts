// Prints the bench's figures: throughput, then where the time goes, per URL and as shares of the
// wall time.
import os from "node:os";
import { dbMeter, dbSides, mcpMeters, sqlCounts, type Meter } from "./meter";

export interface Run {
  urls: number;
  wallS: number;
  baselineUrlsPerS: number;
  appCpuS: number;
  childCpuS: Record<string, number>;
  stepsMemoized: number;
  loadBefore: number[];
  concurrency: number;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(" ");

export function printReport(r: Run): void {
  const per = (n: number) => n / r.urls;
  console.log(
    `end to end: ${fmt(r.wallS)} s → ${fmt(r.urls / r.wallS)} URLs/s (bar: 15; MCP-only baseline ${fmt(r.baselineUrlsPerS)} URLs/s; executor concurrency ${r.concurrency})`,
  );

  console.log(`\nper URL (means over ${r.urls} URLs):`);
  const statements = dbSides.executor.statements + dbSides.pipeline.statements;
  console.log(
    `  database statements       ${fmt(per(statements))} (executor bookkeeping ${fmt(per(dbSides.executor.statements))}, pipeline work ${fmt(per(dbSides.pipeline.statements))}; begin/set_config/commit counted with their transaction)`,
  );
  console.log(
    `  database time             ${fmt(per(dbSides.executor.ms + dbSides.pipeline.ms))} ms (executor ${fmt(per(dbSides.executor.ms))} ms, pipeline ${fmt(per(dbSides.pipeline.ms))} ms)`,
  );
  const mcpCalls = [...mcpMeters.values()].reduce((s, m) => s + m.calls, 0);
  console.log(`  MCP round trips           ${fmt(per(mcpCalls))}`);
  for (const [k, m] of [...mcpMeters].sort())
    console.log(`    ${k.padEnd(26)}${fmt(per(m.calls), 2)} calls, mean ${fmt(mean(m))} ms`);
  console.log(
    `  CPU, app process          ${fmt(per(r.appCpuS * 1000))} ms (executor, SDK, PGlite, MCP clients)`,
  );
  for (const [name, s] of Object.entries(r.childCpuS))
    console.log(`  CPU, mcp ${name.padEnd(17)}${fmt(per(s * 1000))} ms`);
  console.log(`  executor steps memoized   ${fmt(per(r.stepsMemoized))}`);

  console.log(
    `\nshare of the ${fmt(r.wallS)} s wall time with at least one call of the kind open:`,
  );
  const line = (name: string, m: Meter) =>
    console.log(
      `  ${name.padEnd(28)}${fmt(m.busyMs / 1000).padStart(6)} s (${fmt((m.busyMs / 1000 / r.wallS) * 100, 0).padStart(3)}%)`,
    );
  line("database (PGlite)", dbMeter);
  for (const [k, m] of [...mcpMeters].sort()) line(`mcp ${k}`, m);
  console.log(
    `  app process on CPU          ${fmt((r.appCpuS / r.wallS) * 100, 0).padStart(9)}% of one core`,
  );
  console.log(
    `\nmachine: ${os.cpus().length} cores; load average before ${load(r.loadBefore)}, after ${load(os.loadavg())} (other work on the machine slows every figure)`,
  );
  if (process.env.BENCH_SQL) {
    console.log(`\nmost frequent statements (per URL):`);
    for (const [head, n] of [...sqlCounts].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`${fmt(per(n), 2).padStart(7)}  ${head}`);
  }
}

function mean(m: Meter): number {
  return m.totalMs / Math.max(m.calls, 1);
}
