import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { crmStatus, listSyncLog, requestPush, runPush } from "@/lib/crm";
import { createOrganization } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";
import type { HubSpotServer } from "@/tests/fakes/hubspot/server";
import { connectHubSpot, captureOutput, seedJob, startHubSpot } from "./world";

// A 1,000-lead job (2,000 contacts with email, 10 without) pushed through @hubspot/api-client to
// the local HubSpot: batched, idempotent on the second push, associated, and resilient to a 429,
// an expired token and one record HubSpot refuses — with no token in any log or answer.

useTestDb();

let hs: HubSpotServer;
let admin: TestUser;
let orgId: string;
let job: Awaited<ReturnType<typeof seedJob>>;
let output: ReturnType<typeof captureOutput>;

beforeAll(async () => {
  // Everything the process writes while CRM work runs is kept, to look for tokens in it.
  output = captureOutput();
  hs = await startHubSpot();
  admin = await createUser("crm-admin");
  orgId = (await createOrganization(admin.claims, { name: "CRM Co" })).id;
  await connectHubSpot(admin.claims, orgId);
  job = await seedJob(orgId, admin.id, 1000, 2);
}, 120_000);

afterAll(async () => {
  output?.restore();
  await hs?.stop();
});

async function push(body: Record<string, unknown>) {
  const accepted = await requestPush(admin.claims, orgId, body, "api");
  const outcome = await runPush(accepted.push_id);
  return { accepted, outcome };
}

const callsTo = (path: RegExp) => hs.requests.filter((r) => path.test(r.path));

describe("pushing a 1,000-lead job to HubSpot", () => {
  let first: Awaited<ReturnType<typeof push>>;

  it("creates every company and contact in batches of 100, with one record rejected", async () => {
    const rejected = "p1@" + job.leads[5]!.domain;
    hs.rejectedEmails.add(rejected);
    // One 429 on the contacts upsert: retried after Retry-After, not failed.
    hs.fail(/contacts\/batch\/upsert$/, 429, 1, 1);
    first = await push({ job_id: job.jobId });

    expect(hs.companies.size).toBe(1000);
    expect(hs.contacts.size).toBe(1999);
    expect(first.outcome.failed).toBe(1);
    expect(first.outcome.skipped).toBe(10);
    const rejectedRow = await asServiceRole((tx) =>
      tx
        .selectFrom("crm_sync_log")
        .selectAll()
        .where("push_id", "=", first.accepted.push_id)
        .where("outcome", "=", "failed")
        .execute(),
    );
    expect(rejectedRow).toHaveLength(1);
    expect(rejectedRow[0]).toMatchObject({ object_type: "contact", lead_id: job.leads[5]!.id });
    expect(rejectedRow[0]!.message).toContain(`email "${rejected}" is invalid`);

    // The 429 was answered, then the same batch went through.
    const upserts = callsTo(/contacts\/batch\/upsert$/);
    expect(upserts.filter((r) => r.status === 429)).toHaveLength(1);
    expect(upserts.filter((r) => r.status === 207 || r.status === 200)).toHaveLength(20);
    // Batched: 10 searches + 10 creates for companies, 20 upserts, 20 association calls; and
    // before them, per object type, the properties read, the group and the properties created.
    expect(hs.crmCalls()).toBe(10 + 10 + 21 + 20 + 2 * 3);
  });

  it("associates each contact with its company", async () => {
    expect(hs.associations.size).toBe(1999);
    const byEmail = new Map([...hs.contacts.values()].map((c) => [c.properties.email, c.id]));
    const lead0 = job.leads[0]!;
    const company = [...hs.companies.values()].find((c) => c.properties.domain === lead0.domain)!;
    expect(hs.associations.has(`${byEmail.get(`p0@${lead0.domain}`)}>${company.id}`)).toBe(true);
    expect(company.properties).toMatchObject({
      name: "Company 0",
      leadscout_score: "0",
      leadscout_status: "warm",
      leadscout_url: expect.stringMatching(new RegExp(`/leads/${lead0.id}$`)),
    });
  });

  it("a second push creates no duplicates: every record is updated", async () => {
    hs.rejectedEmails.clear();
    const second = await push({ job_id: job.jobId });
    expect(hs.companies.size).toBe(1000);
    expect(hs.contacts.size).toBe(2000);
    expect(second.outcome.failed).toBe(0);
    const counts = await asServiceRole((tx) =>
      tx
        .selectFrom("crm_sync_log")
        .select(["object_type", "outcome", (eb) => eb.fn.countAll<string>().as("n")])
        .where("push_id", "=", second.accepted.push_id)
        .groupBy(["object_type", "outcome"])
        .execute(),
    );
    const n = (type: string, outcome: string) =>
      Number(counts.find((c) => c.object_type === type && c.outcome === outcome)?.n ?? 0);
    expect(n("company", "created")).toBe(0);
    expect(n("company", "updated")).toBe(1000);
    // The contact HubSpot refused the first time is created now; the rest are updates.
    expect(n("contact", "created")).toBe(1);
    expect(n("contact", "updated")).toBe(1999);
    expect(n("association", "created")).toBe(1);
    expect(n("association", "updated")).toBe(1999);
  });

  it("refreshes an expired access token on HubSpot's 401 and stores the new one sealed", async () => {
    const before = await asServiceRole((tx) =>
      tx
        .selectFrom("crm_connections")
        .select("access_token")
        .where("org_id", "=", orgId)
        .executeTakeFirstOrThrow(),
    );
    hs.expireAccessTokens();
    const { outcome } = await push({ lead_ids: [job.leads[0]!.id] });
    expect(outcome).toMatchObject({ failed: 0, updated: 5, skipped: 1 });
    expect(callsTo(/^\/crm\//).some((r) => r.status === 401)).toBe(true);
    const after = await asServiceRole((tx) =>
      tx
        .selectFrom("crm_connections")
        .select("access_token")
        .where("org_id", "=", orgId)
        .executeTakeFirstOrThrow(),
    );
    expect(after.access_token).not.toBe(before.access_token);
    expect(after.access_token).toMatch(/^enc:v1:/);
  });

  it("never logs a token or returns one", async () => {
    expect(hs.issuedTokens.length).toBeGreaterThanOrEqual(3);
    const status = await crmStatus(admin.claims, orgId, "hubspot");
    expect(status).toMatchObject({ connected: true, accountId: String(hs.hubId) });
    const log = await listSyncLog(admin.claims, orgId, { limit: 200 });
    const answers = JSON.stringify([status, log, first.accepted]);
    const stored = JSON.stringify(
      await asServiceRole((tx) =>
        tx.selectFrom("crm_connections").selectAll().where("org_id", "=", orgId).execute(),
      ),
    );
    const logged = output.text();
    for (const token of hs.issuedTokens) {
      expect(logged).not.toContain(token);
      expect(answers).not.toContain(token);
      expect(stored).not.toContain(token);
    }
  });
});
