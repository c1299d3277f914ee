import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import {
  completeCrmConnect,
  crmStatus,
  disconnectCrm,
  getFieldMapping,
  requestPush,
  runPush,
  setFieldMapping,
  setSalesforceObjectMode,
  startCrmConnect,
} from "@/lib/crm";
import { crmSessionFor } from "@/lib/crm/connection";
import {
  callSalesforce,
  checkInstanceUrl,
  salesforceConnection,
} from "@/lib/crm/salesforce/client";
import { resetEnvForTests } from "@/lib/env";
import { createOrganization } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";
import type { HubSpotServer } from "@/tests/fakes/hubspot/server";
import { SF_ORG_ID, type SalesforceServer } from "@/tests/fakes/salesforce/server";
import { connectHubSpot, connectSalesforce, seedJob, startHubSpot, startSalesforce } from "./world";

// Connecting Salesforce: admins only, the shared single-use state, tokens and instance_url sealed
// and checked (no data call to a host that is not Salesforce's), revocation on disconnect, audit
// entries; Lead mode; a push naming no CRM when two are connected; Retry-After honoured exactly.

useTestDb();

let sf: SalesforceServer;
let hs: HubSpotServer;
let admin: TestUser;
let member: TestUser;
let orgId: string;

beforeAll(async () => {
  hs = await startHubSpot();
  sf = await startSalesforce();
  admin = await createUser("sfc-admin");
  member = await createUser("sfc-member");
  orgId = (await createOrganization(admin.claims, { name: "Connect SF Co" })).id;
  await asServiceRole((tx) =>
    tx
      .insertInto("team_members")
      .values({ org_id: orgId, user_id: member.id, role: "member" })
      .execute(),
  );
}, 60_000);
afterAll(async () => {
  await sf?.stop();
  await hs?.stop();
});

const connection = () =>
  asServiceRole((tx) =>
    tx
      .selectFrom("crm_connections")
      .selectAll()
      .where("org_id", "=", orgId)
      .where("provider", "=", "salesforce")
      .executeTakeFirst(),
  );

describe("connecting Salesforce", () => {
  it("is refused to a member", async () => {
    await expect(startCrmConnect(member.claims, orgId, "salesforce")).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("asks Salesforce for api and refresh_token, and stores the tokens sealed", async () => {
    const { authorizeUrl } = await startCrmConnect(admin.claims, orgId, "salesforce");
    const url = new URL(authorizeUrl);
    expect(url.pathname).toBe("/services/oauth2/authorize");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: "code",
      scope: "api refresh_token",
      redirect_uri: expect.stringMatching(/\/api\/crm\/salesforce\/callback$/),
    });

    const { params } = await connectSalesforce(admin.claims, orgId);
    const row = await connection();
    expect(row).toMatchObject({
      account_id: SF_ORG_ID,
      instance_url: sf.url,
      object_mode: "account_contact",
    });
    expect(row!.access_token).toMatch(/^enc:v1:/);
    expect(row!.refresh_token).toMatch(/^enc:v1:/);
    const status = await crmStatus(member.claims, orgId, "salesforce");
    expect(status).toMatchObject({ connected: true, accountId: SF_ORG_ID });
    // A replayed callback finds its state used; one sent to HubSpot's callback is refused too.
    await expect(completeCrmConnect(admin.claims, params)).rejects.toMatchObject({
      code: "bad_request",
    });
    const { authorizeUrl: again } = await startCrmConnect(admin.claims, orgId, "salesforce");
    const state = new URL(again).searchParams.get("state")!;
    await expect(
      completeCrmConnect(admin.claims, { state, code: "x", provider: "hubspot" }),
    ).rejects.toMatchObject({ code: "bad_request" });
    const audit = await asServiceRole((tx) =>
      tx
        .selectFrom("audit_log")
        .select(["action", "metadata"])
        .where("org_id", "=", orgId)
        .execute(),
    );
    expect(audit.find((a) => a.action === "crm.connected")?.metadata).toMatchObject({
      provider: "salesforce",
    });
  });

  it("refuses a token answer whose instance_url is not Salesforce's, and stores nothing", async () => {
    const rogue = await startSalesforce("http://169.254.169.254");
    const other = await createUser("sfc-rogue");
    const otherOrg = (await createOrganization(other.claims, { name: "Rogue Co" })).id;
    try {
      await expect(connectSalesforce(other.claims, otherOrg)).rejects.toMatchObject({
        code: "bad_request",
        message: expect.stringContaining("not a Salesforce host"),
      });
      const rows = await asServiceRole((tx) =>
        tx.selectFrom("crm_connections").select("id").where("org_id", "=", otherOrg).execute(),
      );
      expect(rows).toEqual([]);
    } finally {
      await rogue.stop();
      // Back to the Salesforce every other test talks to.
      process.env.SALESFORCE_LOGIN_URL = sf.url;
      resetEnvForTests();
    }
  });

  it("with a real login host, accepts only https Salesforce hosts", () => {
    process.env.SALESFORCE_LOGIN_URL = "https://login.salesforce.com";
    resetEnvForTests();
    try {
      expect(checkInstanceUrl("https://acme.my.salesforce.com")).toBe(
        "https://acme.my.salesforce.com",
      );
      expect(checkInstanceUrl("https://acme--dev.sandbox.my.salesforce.com/")).toBe(
        "https://acme--dev.sandbox.my.salesforce.com",
      );
      for (const bad of [
        "http://acme.my.salesforce.com",
        "https://acme.my.salesforce.com.evil.test",
        "https://evil-salesforce.com",
        "https://127.0.0.1",
        "http://localhost:8080",
        "https://user:pw@acme.my.salesforce.com",
        "https://acme.my.salesforce.com:8443",
        "file:///etc/passwd",
        42,
      ])
        expect(() => checkInstanceUrl(bad), String(bad)).toThrow(/not a Salesforce host/);
    } finally {
      process.env.SALESFORCE_LOGIN_URL = sf.url;
      resetEnvForTests();
    }
  });
});

describe("two CRMs, Lead mode and retries", () => {
  it("a push naming no CRM is refused with 422 once both are connected", async () => {
    const job = await seedJob(orgId, admin.id, 2, 1);
    // One connected: the push goes there.
    const only = await requestPush(admin.claims, orgId, { job_id: job.jobId }, "api");
    expect(only.provider).toBe("salesforce");
    await connectHubSpot(admin.claims, orgId);
    await expect(
      requestPush(admin.claims, orgId, { job_id: job.jobId }, "api"),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { provider: [expect.stringContaining("HubSpot and Salesforce")] },
    });
    const named = await requestPush(
      admin.claims,
      orgId,
      { job_id: job.jobId, provider: "hubspot" },
      "api",
    );
    expect(named.provider).toBe("hubspot");
  });

  it("Lead mode: admins choose it, and each person becomes one Salesforce Lead", async () => {
    await expect(
      setSalesforceObjectMode(member.claims, orgId, { mode: "lead" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      setSalesforceObjectMode(admin.claims, orgId, { mode: "leads" }),
    ).rejects.toMatchObject({ code: "validation_failed", fields: { mode: [expect.any(String)] } });
    await setSalesforceObjectMode(admin.claims, orgId, { mode: "lead" });

    const job = await seedJob(orgId, admin.id, 3, 2);
    const body = { job_id: job.jobId, provider: "salesforce" };
    const accountsBefore = sf.records("Account").length;
    const first = await runPush((await requestPush(admin.claims, orgId, body, "api")).push_id);
    // 3 leads × 2 people; lead 0 also has one person without an email (skipped).
    expect(first).toMatchObject({ created: 6, updated: 0, failed: 0, skipped: 1 });
    expect(sf.records("Account")).toHaveLength(accountsBefore);
    const lead = sf.records("Lead").find((l) => l.Email === `p0@${job.leads[0]!.domain}`)!;
    expect(lead).toMatchObject({
      Company: "Company 0",
      Website: `https://${job.leads[0]!.domain}`,
      LastName: "Lead0",
      Rating: "Warm",
    });
    const second = await runPush((await requestPush(admin.claims, orgId, body, "api")).push_id);
    expect(second).toMatchObject({ created: 0, updated: 6, failed: 0 });
    expect(sf.records("Lead")).toHaveLength(6);
  });

  it("field mapping: Salesforce API names, every bad one listed, and the next push uses it", async () => {
    const mapping = await getFieldMapping(admin.claims, orgId, "salesforce");
    expect(mapping.company).toMatchObject({ name: "Name", status: "Rating", score: "Description" });
    await expect(
      setFieldMapping(admin.claims, orgId, "salesforce", {
        company: { ...mapping.company, score: "Bad Name", stage: "9lives" },
        contact: mapping.contact,
      }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { "company.score": [expect.any(String)], "company.stage": [expect.any(String)] },
    });
    await setFieldMapping(admin.claims, orgId, "salesforce", {
      company: { ...mapping.company, score: "Leadscout_Score__c" },
      contact: mapping.contact,
    });
    // HubSpot's mapping is its own.
    expect((await getFieldMapping(admin.claims, orgId, "hubspot")).company.score).toBe(
      "leadscout_score",
    );
    const job = await seedJob(orgId, admin.id, 1, 1);
    const body = { job_id: job.jobId, provider: "salesforce" };
    await runPush((await requestPush(admin.claims, orgId, body, "api")).push_id);
    const lead = sf.records("Lead").find((l) => l.Email === `p0@${job.leads[0]!.domain}`)!;
    expect(lead.Leadscout_Score__c).toBe("0");
    expect(lead.Description).not.toContain("Leadscout score");
    expect(lead.Description).toContain("In Leadscout: ");
  });

  it("waits exactly Retry-After on a 429 and backs off on a 503", async () => {
    const session = await crmSessionFor(orgId, "salesforce");
    const conn = salesforceConnection(session);
    sf.fail(/\/query$/, 429, 1, 7);
    sf.fail(/\/query$/, 503, 1);
    const waits: number[] = [];
    const page = await callSalesforce<{ totalSize: number }>(
      conn,
      {
        method: "GET",
        path: "query?q=" + encodeURIComponent("SELECT Id FROM Lead WHERE Email IN ('none@x.test')"),
      },
      { sleep: async (ms) => void waits.push(ms) },
    );
    expect(page.totalSize).toBe(0);
    expect(waits[0]).toBe(7000);
    expect(waits[1]).toBeGreaterThanOrEqual(250);
    expect(waits).toHaveLength(2);
  });

  it("a dropped lookup is sent again; a dropped create is not, and the next push makes it once", async () => {
    const job = await seedJob(orgId, admin.id, 2, 1);
    const body = { job_id: job.jobId, provider: "salesforce" };
    const leadsBefore = sf.records("Lead").length;
    sf.fail(/\/query$/, "reset", 1);
    sf.fail(/composite\/sobjects$/, "reset", 1);
    const posts = () =>
      sf.requests.filter((r) => r.method === "POST" && r.path.endsWith("/composite/sobjects"));
    const postsBefore = posts().length;
    const first = await runPush((await requestPush(admin.claims, orgId, body, "api")).push_id);
    // The lookup went through on its second try; the create was not repeated.
    expect(first).toMatchObject({ created: 0, failed: 2 });
    expect(
      posts()
        .slice(postsBefore)
        .map((r) => r.status),
    ).toEqual([0]);
    const second = await runPush((await requestPush(admin.claims, orgId, body, "api")).push_id);
    expect(second).toMatchObject({ created: 2, failed: 0 });
    expect(sf.records("Lead")).toHaveLength(leadsBefore + 2);
  });

  it("disconnecting revokes the refresh token at Salesforce and forgets the connection", async () => {
    await expect(disconnectCrm(member.claims, orgId, "salesforce")).rejects.toMatchObject({
      code: "forbidden",
    });
    await disconnectCrm(admin.claims, orgId, "salesforce");
    expect(sf.revokedTokens).toHaveLength(1);
    expect(sf.issuedTokens).toContain(sf.revokedTokens[0]);
    expect(await connection()).toBeUndefined();
    expect((await crmStatus(admin.claims, orgId, "salesforce")).connected).toBe(false);
    const audit = await asServiceRole((tx) =>
      tx
        .selectFrom("audit_log")
        .select(["action", "metadata"])
        .where("org_id", "=", orgId)
        .execute(),
    );
    expect(
      audit.find(
        (a) =>
          a.action === "crm.disconnected" &&
          (a.metadata as { provider?: string }).provider === "salesforce",
      )?.metadata,
    ).toMatchObject({ revoked: true });
  });
});
