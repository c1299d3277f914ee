// pnpm bench:crm — 10,000 leads with 3 contacts each pushed to the local HubSpot server
// (tests/fakes/hubspot) through @hubspot/api-client, on the embedded default (PGlite in
// memory). Prints records per second (companies + contacts + associations) and HubSpot calls per
// record (goal ≤ 0.03: batched at 100), then pushes again and checks nothing was duplicated.
// The local HubSpot runs in this same process: its CPU time is inside the figures.
// BENCH_LEADS and BENCH_CONTACTS change the size.
import { performance } from "node:perf_hooks";

const LEADS = Number(process.env.BENCH_LEADS ?? 10_000);
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 3);
const CALLS_PER_RECORD_GOAL = 0.03;

async function main() {
  const { openDb, setDb, closeDb, migrate, asServiceRole } = await import("@/lib/db");
  const { createOrganization } = await import("@/lib/orgs");
  const { requestPush, runPush } = await import("@/lib/crm");
  const { createUser } = await import("../../tests/orgs/fixtures");
  const { connectHubSpot, seedJob, startHubSpot } = await import("../../tests/crm/world");

  const opened = await openDb({ pgliteDir: "memory://" });
  await migrate(opened);
  setDb(opened);
  const hs = await startHubSpot();
  try {
    const admin = await createUser("bench-crm");
    const orgId = (await createOrganization(admin.claims, { name: "Bench CRM" })).id;
    await connectHubSpot(admin.claims, orgId);
    const seedStart = performance.now();
    const job = await seedJob(orgId, admin.id, LEADS, CONTACTS);
    const seedMs = performance.now() - seedStart;

    const pushOnce = async (label: string) => {
      const callsBefore = hs.crmCalls();
      const { push_id } = await requestPush(admin.claims, orgId, { job_id: job.jobId }, "bulk");
      const start = performance.now();
      const outcome = await runPush(push_id);
      const ms = performance.now() - start;
      const records = outcome.created + outcome.updated + outcome.failed;
      // Companies and contacts only: associations ride along (one call per 100 pairs) and are not
      // counted as records here, so the calls-per-record figure is the strict one.
      const objects = LEADS + job.contacts - outcome.skipped;
      const calls = hs.crmCalls() - callsBefore;
      console.log(
        `${label.padEnd(12)} ${records} records (${outcome.created} created, ${outcome.updated} updated, ` +
          `${outcome.skipped} skipped, ${outcome.failed} failed) in ${(ms / 1000).toFixed(1)} s: ` +
          `${Math.round(records / (ms / 1000))} records/s (associations included), ${calls} HubSpot calls, ` +
          `${(calls / objects).toFixed(4)} calls per company or contact (goal ≤ ${CALLS_PER_RECORD_GOAL})`,
      );
      if (outcome.failed) {
        const reasons = await asServiceRole((tx) =>
          tx
            .selectFrom("crm_sync_log")
            .select(["object_type", "message", (eb) => eb.fn.countAll<string>().as("n")])
            .where("push_id", "=", push_id)
            .where("outcome", "=", "failed")
            .groupBy(["object_type", "message"])
            .execute(),
        );
        for (const r of reasons) console.log(`  failed ${r.object_type} ×${r.n}: ${r.message}`);
      }
      return calls / objects;
    };

    console.log(
      `bench:crm — ${LEADS} leads × ${CONTACTS} contacts (${job.contacts} contact rows, seeded in ` +
        `${(seedMs / 1000).toFixed(1)} s), local HubSpot at ${hs.url}, Node ${process.version}`,
    );
    const first = await pushOnce("first push");
    const companies = hs.companies.size;
    const contacts = hs.contacts.size;
    const second = await pushOnce("second push");
    const duplicates = hs.companies.size - companies + (hs.contacts.size - contacts);
    console.log(
      `HubSpot now holds ${hs.companies.size} companies, ${hs.contacts.size} contacts, ` +
        `${hs.associations.size} associations; the second push added ${duplicates} records`,
    );
    if (duplicates !== 0 || Math.max(first, second) > CALLS_PER_RECORD_GOAL) process.exitCode = 1;
  } finally {
    await hs.stop();
    await closeDb();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
