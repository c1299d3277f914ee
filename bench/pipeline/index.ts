// bench:pipeline — a bulk job of N loopback fixture sites (default 1,000) through the whole
// pipeline on the embedded default: PGlite on disk, the embedded Inngest executor, the three MCP
// servers over stdio, rules qualification and website enrichment. Prints URLs/s end to end and
// where the time goes. Usage: pnpm bench:pipeline [urls] [executor concurrency]
process.env.SSRF_ALLOWLIST = "127.0.0.1,localhost";
process.env.LOG_LEVEL ??= "warn";

import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createInterface } from "node:readline";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { dbMeter, installMeters, mcpMeters } from "./meter";

const URLS = Number(process.argv[2] ?? 1000);
const CONCURRENCY = Number(process.argv[3] ?? 32);

/** CPU seconds (user + system) a process has used, from /proc (Linux). */
function procCpuSeconds(pid: number | null): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the full line (11 and 12 after the command).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The fixture sites, served by a child process (see serve-sites.ts). */
async function serveSitesInChild(
  n: number,
): Promise<{ urls: string[]; close: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "serve-sites.ts"), String(n)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const [line] = (await once(createInterface({ input: child.stdout! }), "line")) as [string];
  return {
    urls: JSON.parse(line) as string[],
    close: async () => {
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

async function main() {
  installMeters();
  const { openDb, setDb, closeDb, migrate, asServiceRole, withUser } = await import("@/lib/db");
  const { createJob } = await import("@/lib/jobs");
  const { closeMcpConnections, callTool } = await import("@/lib/mcp");
  const { functions } = await import("@/inngest/functions");
  const { LocalExecutor } = await import("@/inngest/local");
  const { serve } = await import("inngest/next");
  const { inngest } = await import("@/inngest/client");

  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-pipeline-"));
  const opened = await openDb({ pgliteDir: path.join(dir, "pglite") });
  await migrate(opened);
  setDb(opened);
  const web = await serveSitesInChild(URLS);
  console.log(`serving ${URLS} fixture sites on loopback; executor concurrency ${CONCURRENCY}`);

  // An enterprise organization with credits to spare.
  const user = await asServiceRole((tx) =>
    tx
      .insertInto("auth.users")
      .values({ email: "bench@example.test" })
      .returning("id")
      .executeTakeFirstOrThrow(),
  );
  const claims = { sub: user.id, role: "authenticated" as const };
  const orgId = await withUser(claims, async (tx) => {
    const { rows } = await sql<{
      id: string;
    }>`select id from public.create_organization('Bench', 'bench')`.execute(tx);
    return rows[0]!.id;
  });
  await asServiceRole(async (tx) => {
    await tx
      .updateTable("credits")
      .set({ balance: 1_000_000 })
      .where("org_id", "=", orgId)
      .execute();
    await tx
      .updateTable("subscriptions")
      .set({ plan: "enterprise" })
      .where("org_id", "=", orgId)
      .execute();
  });

  // Warm the MCP servers so process start-up is not billed to the job.
  await Promise.all([
    callTool("scraper", "scrape_url", { url: web.urls[0]!, options: { maxPages: 1 } }),
    callTool("qualifier", "qualify_lead", { lead_data: { domain: "warm.example" } }),
    callTool("enricher", "enrich_company", { domain: web.urls[0]! }),
  ]);
  // Baseline, same run, same machine: the MCP work alone (scrape → qualify → enrich per site, no
  // database, no executor) over the first sites at the same concurrency. The job can go no faster.
  const baseUrls = web.urls.slice(0, Math.min(200, URLS));
  const b0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < baseUrls.length) {
        const url = baseUrls[next++]!;
        const site = (await callTool("scraper", "scrape_url", { url })) as { company: object };
        await callTool("qualifier", "qualify_lead", {
          lead_data: { domain: "x.example", ...site },
        }).catch(() => {});
        await callTool("enricher", "enrich_company", { domain: url });
      }
    }),
  );
  const baseline = baseUrls.length / ((performance.now() - b0) / 1000);
  console.log(`baseline (MCP calls only, ${baseUrls.length} sites): ${baseline.toFixed(1)} URLs/s`);
  for (const m of mcpMeters.values()) Object.assign(m, { busyMs: 0, calls: 0, totalMs: 0 });
  Object.assign(dbMeter, { busyMs: 0, calls: 0, totalMs: 0 });

  const handler = serve({ client: inngest, functions });
  const executor = new LocalExecutor({
    transport: (req) => (handler as unknown as (r: Request) => Promise<Response>)(req),
    serveUrl: "http://127.0.0.1:3000/api/inngest",
    concurrency: CONCURRENCY,
    pollMs: 50,
  });
  await executor.start();

  const { connection } = await import("@/lib/mcp");
  const servers = ["scraper", "qualifier", "enricher"] as const;
  const childCpu0 = servers.map((s) => procCpuSeconds(connection(s).pid));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const job = await createJob(claims, orgId, { type: "bulk", urls: web.urls });
  let row;
  for (;;) {
    row = await asServiceRole((tx) =>
      tx.selectFrom("scraping_jobs").selectAll().where("id", "=", job.id).executeTakeFirstOrThrow(),
    );
    if (row.completed_at) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const childCpu = servers.map((s, i) => procCpuSeconds(connection(s).pid) - childCpu0[i]!);
  const steps = await asServiceRole(async (tx) => {
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from inngest_local.steps`.execute(tx);
    return rows[0]!.n;
  });

  console.log(
    `\njob ${row.status}: ${row.processed_urls}/${row.total_urls} URLs, ${row.successful_urls} ok, ${row.leads_found} leads, ${row.credits_used} credits`,
  );
  console.log(
    `end to end: ${wall.toFixed(1)} s → ${(row.processed_urls / wall).toFixed(1)} URLs/s (bar: 15)`,
  );
  console.log(
    `\nwhere the time goes (busy = wall time with at least one call open, share of ${wall.toFixed(1)} s):`,
  );
  const line = (name: string, m: { busyMs: number; calls: number; totalMs: number }) =>
    console.log(
      `  ${name.padEnd(26)} busy ${(m.busyMs / 1000).toFixed(1).padStart(6)} s (${((m.busyMs / 1000 / wall) * 100).toFixed(0).padStart(3)}%)  calls ${String(m.calls).padStart(6)}  mean ${(m.totalMs / Math.max(m.calls, 1)).toFixed(1).padStart(7)} ms`,
    );
  line("database (PGlite)", dbMeter);
  for (const [k, m] of [...mcpMeters].sort()) line(`mcp ${k}`, m);
  console.log(
    `  executor steps memoized   ${steps} (${(steps / row.processed_urls).toFixed(1)} per URL)`,
  );
  console.log(
    `  app process CPU           ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (${(((cpu.user + cpu.system) / 1e6 / wall) * 100).toFixed(0)}% of one core: executor, SDK, PGlite, MCP clients)`,
  );
  servers.forEach((s, i) =>
    console.log(
      `  mcp ${s} process CPU`.padEnd(28) +
        `${childCpu[i]!.toFixed(1)} s (${((childCpu[i]! / wall) * 100).toFixed(0)}% of one core)`,
    ),
  );
  console.log(
    `  machine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );

  await executor.stop();
  await closeMcpConnections();
  await web.close();
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
