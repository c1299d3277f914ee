import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asServiceRole, withUser } from "@/lib/db";
import { crmStatus, listSyncLog, requestPush, runPush } from "@/lib/crm";
import { createOrganization } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";
import type { SalesforceServer } from "@/tests/fakes/salesforce/server";
import { connectSalesforce, captureOutput, seedJob, startSalesforce } from "./world";

// A 1,000-lead job (2,000 contacts with email, 10 without) pushed through jsforce to the local
// Salesforce as Accounts and their Contacts: in collections of 200, idempotent on the second
// push, each Contact on its Account, and resilient to a 429 with Retry-After, a 503, an expired
// session and one record Salesforce refuses — with no token in any log or answer, and no way in
// for another organization.

useTestDb();

let sf: SalesforceServer;
let admin: TestUser;
let orgId: string;
let job: Awaited<ReturnType<typeof seedJob>>;
let output: ReturnType<typeof captureOutput>;

beforeAll(async () => {
  // Everything the process writes while CRM work runs is kept, to look for tokens in it.
  output = captureOutput();
  sf = await startSalesforce();
  admin = await createUser("sf-admin");
  orgId = (await createOrganization(admin.claims, { name: "Salesforce Co" })).id;
  await connectSalesforce(admin.claims, orgId);
  job = await seedJob(orgId, admin.id, 1000, 2);
}, 120_000);

afterAll(async () => {
  output?.restore();
  await sf?.stop();
});

async function push(body: Record<string, unknown>) {
  const accepted = await requestPush(admin.claims, orgId, body, "api");
  const outcome = await runPush(accepted.push_id);
  return { accepted, outcome };
}

const callsTo = (path: RegExp) => sf.requests.filter((r) => path.test(r.path));

const logCounts = async (pushId: string) => {
  const counts = await asServiceRole((tx) =>
    tx
      .selectFrom("crm_sync_log")
      .select(["object_type", "outcome", (eb) => eb.fn.countAll<string>().as("n")])
      .where("push_id", "=", pushId)
      .groupBy(["object_type", "outcome"])
      .execute(),
  );
  return (type: string, outcome: string) =>
    Number(counts.find((c) => c.object_type === type && c.outcome === outcome)?.n ?? 0);
};

describe("pushing a 1,000-lead job to Salesforce (Accounts + Contacts)", () => {
  let first: Awaited<ReturnType<typeof push>>;

  it("creates every Account and Contact in collections of 200, one record rejected", async () => {
    const rejected = "p1@" + job.leads[5]!.domain;
    sf.rejectedEmails.add(rejected);
    // One 429 with Retry-After on a collections write and one 503 on a lookup: both retried.
    sf.fail(/composite\/sobjects$/, 429, 1, 1);
    sf.fail(/\/query$/, 503, 1);
    first = await push({ job_id: job.jobId });

    const failed = await asServiceRole((tx) =>
      tx
        .selectFrom("crm_sync_log")
        .selectAll()
        .where("push_id", "=", first.accepted.push_id)
        .where("outcome", "=", "failed")
        .execute(),
    );
    expect(failed.map((f) => f.message)).toEqual([
      `Salesforce: Email: invalid email address: ${rejected} (INVALID_EMAIL_ADDRESS)`,
    ]);
    expect(failed[0]).toMatchObject({ object_type: "contact", lead_id: job.leads[5]!.id });

    expect(sf.records("Account")).toHaveLength(1000);
    expect(sf.records("Contact")).toHaveLength(1999);
    expect(first.outcome).toMatchObject({ created: 1000 + 1999, failed: 1, skipped: 10 });
    const writes = callsTo(/composite\/sobjects$/);
    expect(writes.filter((r) => r.status === 429)).toHaveLength(1);
    // 1,000 Accounts in 5 collections, 2,000 Contacts in 10; none refused for its size.
    expect(writes.filter((r) => r.status === 200)).toHaveLength(5 + 10);
    const queries = callsTo(/\/query$/);
    expect(queries.filter((r) => r.status === 503)).toHaveLength(1);
    // Lookups: 20 domains (10 spellings each) or 100 emails a query, no URL too long.
    expect(queries.filter((r) => r.status === 200)).toHaveLength(1000 / 20 + 2000 / 100);
    expect(sf.requests.some((r) => r.status === 414 || r.status === 400)).toBe(false);
  });

  it("puts each Contact on its company's Account, with the mapped fields", async () => {
    const accountByWebsite = new Map(sf.records("Account").map((a) => [a.Website, a]));
    for (const contact of sf.records("Contact")) {
      const domain = String(contact.Email).split("@")[1];
      expect(contact.AccountId).toBe(accountByWebsite.get(`https://${domain}`)?.Id);
    }
    const lead0 = job.leads[0]!;
    const account = accountByWebsite.get(`https://${lead0.domain}`)!;
    expect(account).toMatchObject({ Name: "Company 0", Rating: "Warm" });
    expect(account.Description).toContain("Leadscout score: 0");
    expect(account.Description).toMatch(new RegExp(`In Leadscout: \\S+/leads/${lead0.id}`));
    const person = sf.records("Contact").find((c) => c.Email === `p0@${lead0.domain}`)!;
    expect(person).toMatchObject({
      FirstName: "Person0",
      LastName: "Lead0",
      Title: "Head of Sales",
    });
  });

  it("a second push creates no duplicates: every record is updated", async () => {
    sf.rejectedEmails.clear();
    const second = await push({ job_id: job.jobId });
    expect(sf.records("Account")).toHaveLength(1000);
    expect(sf.records("Contact")).toHaveLength(2000);
    expect(second.outcome.failed).toBe(0);
    const n = await logCounts(second.accepted.push_id);
    expect(n("company", "created")).toBe(0);
    expect(n("company", "updated")).toBe(1000);
    // The Contact Salesforce refused the first time is created now; the rest are updates.
    expect(n("contact", "created")).toBe(1);
    expect(n("contact", "updated")).toBe(1999);
  });

  it("matches an Account a rep typed as www.… and a Contact whose email differs in case", async () => {
    const lead = job.leads[7]!;
    const account = sf.records("Account").find((a) => a.Website === `https://${lead.domain}`)!;
    account.Website = `www.${lead.domain.toUpperCase()}`;
    const person = sf.records("Contact").find((c) => c.Email === `p0@${lead.domain}`)!;
    person.Email = `P0@${lead.domain.toUpperCase()}`;
    const { outcome } = await push({ lead_ids: [lead.id] });
    expect(outcome).toMatchObject({ created: 0, updated: 3, failed: 0 });
    expect(sf.records("Account")).toHaveLength(1000);
    expect(sf.records("Contact")).toHaveLength(2000);
  });

  it("refreshes an expired session on Salesforce's 401 and stores the new token sealed", async () => {
    const sealed = () =>
      asServiceRole((tx) =>
        tx
          .selectFrom("crm_connections")
          .select(["access_token", "instance_url"])
          .where("org_id", "=", orgId)
          .executeTakeFirstOrThrow(),
      );
    const before = await sealed();
    sf.expireAccessTokens();
    const { outcome } = await push({ lead_ids: [job.leads[0]!.id] });
    expect(outcome).toMatchObject({ failed: 0, updated: 3, skipped: 1 });
    expect(callsTo(/^\/services\/data\//).some((r) => r.status === 401)).toBe(true);
    expect(callsTo(/oauth2\/token$/)).toHaveLength(2);
    const after = await sealed();
    expect(after.access_token).not.toBe(before.access_token);
    expect(after.access_token).toMatch(/^enc:v1:/);
    expect(after.instance_url).toBe(sf.url);
  });

  it("never logs a token or returns one", async () => {
    expect(sf.issuedTokens.length).toBeGreaterThanOrEqual(3);
    const status = await crmStatus(admin.claims, orgId, "salesforce");
    expect(status).toMatchObject({ connected: true, accountId: "00D5g000004XyZaEAK" });
    const log = await listSyncLog(admin.claims, orgId, { limit: 200 });
    const answers = JSON.stringify([status, log, first.accepted]);
    const stored = JSON.stringify(
      await asServiceRole((tx) =>
        tx.selectFrom("crm_connections").selectAll().where("org_id", "=", orgId).execute(),
      ),
    );
    const logged = output.text();
    for (const token of sf.issuedTokens) {
      expect(logged).not.toContain(token);
      expect(answers).not.toContain(token);
      expect(stored).not.toContain(token);
    }
  });

  it("another organization can neither see this connection nor push through it", async () => {
    const other = await createUser("sf-other");
    const otherOrg = (await createOrganization(other.claims, { name: "Other Co" })).id;
    await expect(
      requestPush(other.claims, otherOrg, { lead_ids: [job.leads[0]!.id] }, "api"),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { "lead_ids.0": [expect.any(String)] },
    });
    const otherJob = await seedJob(otherOrg, other.id, 1, 0);
    await expect(
      requestPush(
        other.claims,
        otherOrg,
        { job_id: otherJob.jobId, provider: "salesforce" },
        "api",
      ),
    ).rejects.toMatchObject({ code: "crm_not_connected", status: 409 });
    // Another organization's id is "not found" to a non-member, like a made-up one.
    await expect(crmStatus(other.claims, orgId, "salesforce")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(listSyncLog(other.claims, orgId)).rejects.toMatchObject({ code: "not_found" });
    expect((await crmStatus(other.claims, otherOrg, "salesforce")).connected).toBe(false);
    // Row-level security: the connection and its log are not even visible to the other admin.
    const seen = await withUser(other.claims, async (tx) => ({
      connections: await tx.selectFrom("crm_connections").select("id").execute(),
      log: await tx.selectFrom("crm_sync_log").select("id").execute(),
    }));
    expect(seen).toEqual({ connections: [], log: [] });
  });
});
