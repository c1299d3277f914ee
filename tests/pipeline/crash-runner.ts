// A child process for the crash test: runs the real pipeline (embedded executor, MCP servers) on
// a PGlite directory. `create` makes an organization and a bulk job from a URL file and works on
// it; `resume` only works on whatever the directory holds. Both print JSON lines: progress while
// the job runs, then a summary of its leads and charges once it has ended.
// The parent sets SSRF_ALLOWLIST=127.0.0.1,localhost: the fixture sites live on loopback.
import { readFileSync } from "node:fs";
import { sql } from "kysely";
import { asServiceRole, closeDb, migrate, openDb, setDb, withUser } from "@/lib/db";
import { createJob } from "@/lib/jobs";
import { closeMcpConnections } from "@/lib/mcp";
import { functions } from "@/inngest/functions";
import { LocalExecutor } from "@/inngest/local";
import { inngest } from "@/inngest/client";
import { serve } from "inngest/next";

const [dir, mode, urlFile] = process.argv.slice(2) as [string, "create" | "resume", string?];
const say = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);

async function createOrgAndJob(): Promise<void> {
  const urls = JSON.parse(readFileSync(urlFile!, "utf8")) as string[];
  const user = await asServiceRole((tx) =>
    tx
      .insertInto("auth.users")
      .values({ email: "crash@example.test", email_confirmed_at: new Date() })
      .returning("id")
      .executeTakeFirstOrThrow(),
  );
  const claims = { sub: user.id, role: "authenticated" as const };
  const orgId = await withUser(claims, async (tx) => {
    const { rows } = await sql<{
      id: string;
    }>`select id from public.create_organization('Crash', 'crash')`.execute(tx);
    return rows[0]!.id;
  });
  await asServiceRole(async (tx) => {
    await tx.updateTable("credits").set({ balance: 5_000 }).where("org_id", "=", orgId).execute();
    await tx
      .updateTable("subscriptions")
      .set({ plan: "pro" })
      .where("org_id", "=", orgId)
      .execute();
  });
  const job = await createJob(claims, orgId, { type: "bulk", urls });
  say({ jobId: job.id });
}

async function summary() {
  return asServiceRole(async (tx) => {
    const job = await tx.selectFrom("scraping_jobs").selectAll().executeTakeFirstOrThrow();
    const leads = await tx.selectFrom("scraped_leads").select(["dedupe_key", "sources"]).execute();
    const charges = await tx
      .selectFrom("credit_transactions")
      .select(["idempotency_key", "amount"])
      .where("kind", "=", "charge")
      .execute();
    const urls = await tx.selectFrom("job_urls").select(["status", "credits_charged"]).execute();
    const credits = await tx
      .selectFrom("credits")
      .select(["balance", "reserved"])
      .executeTakeFirstOrThrow();
    const count = (s: string) => urls.filter((u) => u.status === s).length;
    return {
      status: job.status,
      processed: job.processed_urls,
      successful: job.successful_urls,
      failed: job.failed_urls,
      leadsFound: job.leads_found,
      creditsUsed: job.credits_used,
      creditsReleased: job.credits_released,
      leadKeys: leads.map((l) => l.dedupe_key).sort(),
      maxSourcesPerLead: Math.max(...leads.map((l) => (l.sources as unknown[]).length)),
      charges: charges.length,
      chargedTotal: -charges.reduce((s, c) => s + c.amount, 0),
      scrapeCharges: charges.filter((c) => c.idempotency_key.endsWith(":scrape")).length,
      urlCredits: urls.reduce((s, u) => s + u.credits_charged, 0),
      byStatus: {
        completed: count("completed"),
        blocked: count("blocked"),
        not_found: count("not_found"),
        failed: count("failed"),
      },
      credits,
    };
  });
}

async function main() {
  const opened = await openDb({ pgliteDir: dir });
  await migrate(opened);
  setDb(opened);
  if (mode === "create") await createOrgAndJob();
  const handler = serve({ client: inngest, functions });
  const executor = new LocalExecutor({
    transport: (req) => (handler as unknown as (r: Request) => Promise<Response>)(req),
    serveUrl: "http://127.0.0.1:3000/api/inngest",
    concurrency: 24,
    pollMs: 50,
    // Short leases: after a crash the next process takes the dead one's work back quickly.
    leaseMs: 3_000,
    backoffMs: (attempt) => 200 * attempt,
  });
  await executor.start();
  for (;;) {
    const job = await asServiceRole((tx) =>
      tx
        .selectFrom("scraping_jobs")
        .select(["processed_urls", "total_urls", "completed_at"])
        .executeTakeFirst(),
    );
    if (job) say({ processed: job.processed_urls, total: job.total_urls });
    if (job?.completed_at) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  say({ summary: await summary() });
  await executor.stop();
  await closeMcpConnections();
  await closeDb();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
