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
import { installMeters, resetMeters } from "./meter";
import { printReport } from "./report";

const URLS = Number(process.argv[2] ?? 1000);
/** Executor concurrency; the embedded default unless given. */
const CONCURRENCY = process.argv[3] ? Number(process.argv[3]) : undefined;
const BASELINE_SITES = 200;

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
  const served = JSON.parse(line) as { urls: string[]; dns: string };
  // The MCP servers, started later, inherit this: the enricher's MX lookups stay on loopback.
  process.env.DNS_SERVERS = served.dns;
  return {
    urls: served.urls,
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
  const { LocalExecutor, DEFAULT_CONCURRENCY } = await import("@/inngest/local");
  const { ZScrapedSiteSchema, leadDataFor, leadFromScrape } = await import("@/lib/leads");
  const { qualifyLead } = await import("@/lib/jobs/pipeline/qualify");
  const { enrichLead } = await import("@/lib/jobs/pipeline/enrich");
  const { serve } = await import("inngest/next");
  const { inngest } = await import("@/inngest/client");

  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-pipeline-"));
  const opened = await openDb({ pgliteDir: path.join(dir, "pglite") });
  await migrate(opened);
  setDb(opened);
  const web = await serveSitesInChild(URLS + BASELINE_SITES);
  const jobUrls = web.urls.slice(0, URLS);
  const baseUrls = web.urls.slice(URLS);
  const concurrency = CONCURRENCY ?? DEFAULT_CONCURRENCY;
  console.log(
    `serving ${web.urls.length} fixture sites on loopback; executor concurrency ${concurrency}`,
  );

  // An enterprise organization with credits to spare.
  const user = await asServiceRole((tx) =>
    tx
      .insertInto("auth.users")
      .values({ email: "bench@example.test", email_confirmed_at: new Date() })
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
  // Baseline, same run, same machine: the pipeline's MCP work alone (scrape, then scoring and
  // enrichment at once, through the pipeline's own functions; no database, no executor) at the
  // same concurrency, over sites of its own so the enricher's cache does not favour the job.
  const b0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < baseUrls.length) {
        const url = baseUrls[next++]!;
        const site = ZScrapedSiteSchema.parse(await callTool("scraper", "scrape_url", { url }));
        if (site.status !== "ok") continue;
        const ref = { jobId: "", orgId: "", jobUrlId: "", url };
        await Promise.all([
          qualifyLead(leadDataFor(site), null).catch(() => {}),
          enrichLead(ref, leadFromScrape(site)),
        ]);
      }
    }),
  );
  const baseline = baseUrls.length / ((performance.now() - b0) / 1000);
  console.log(`baseline (MCP work only, ${baseUrls.length} sites): ${baseline.toFixed(1)} URLs/s`);
  resetMeters();

  const handler = serve({ client: inngest, functions });
  const executor = new LocalExecutor({
    transport: (req) => (handler as unknown as (r: Request) => Promise<Response>)(req),
    serveUrl: "http://127.0.0.1:3000/api/inngest",
    ...(CONCURRENCY ? { concurrency: CONCURRENCY } : {}),
    pollMs: 50,
  });
  await executor.start();

  const { connection } = await import("@/lib/mcp");
  const servers = ["scraper", "qualifier", "enricher"] as const;
  const childCpu0 = servers.map((s) => procCpuSeconds(connection(s).pid));
  const cpu0 = process.cpuUsage();
  const loadBefore = os.loadavg();
  const t0 = performance.now();
  const job = await createJob(claims, orgId, { type: "bulk", urls: jobUrls });
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
  printReport({
    urls: row.processed_urls,
    wallS: wall,
    baselineUrlsPerS: baseline,
    appCpuS: (cpu.user + cpu.system) / 1e6,
    childCpuS: Object.fromEntries(servers.map((s, i) => [s, childCpu[i]!])),
    stepsMemoized: steps,
    loadBefore,
    concurrency: executor.concurrency,
  });
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
