import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import {
  completeCrmConnect,
  crmStatus,
  disconnectCrm,
  requestPush,
  startCrmConnect,
} from "@/lib/crm";
import { callHubSpot } from "@/lib/crm/hubspot/client";
import { createOrganization } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";
import type { HubSpotServer } from "@/tests/fakes/hubspot/server";
import { connectHubSpot, startHubSpot } from "./world";

// Connecting and disconnecting HubSpot: admins only, a state bound to the admin and used once,
// tokens sealed, revocation on disconnect, audit entries; and the call wrapper's retry rules.

useTestDb();

let hs: HubSpotServer;
let admin: TestUser;
let member: TestUser;
let orgId: string;

beforeAll(async () => {
  hs = await startHubSpot();
  admin = await createUser("hs-admin");
  member = await createUser("hs-member");
  orgId = (await createOrganization(admin.claims, { name: "Connect Co" })).id;
  await asServiceRole((tx) =>
    tx
      .insertInto("team_members")
      .values({ org_id: orgId, user_id: member.id, role: "member" })
      .execute(),
  );
}, 60_000);
afterAll(async () => hs?.stop());

describe("connecting HubSpot", () => {
  it("is refused to a member, and a push before connecting says to connect", async () => {
    await expect(startCrmConnect(member.claims, orgId, "hubspot")).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      requestPush(member.claims, orgId, { lead_ids: [crypto.randomUUID()] }, "api"),
    ).rejects.toMatchObject({ code: "validation_failed" });
    const job = await asServiceRole((tx) =>
      tx
        .insertInto("scraping_jobs")
        .values({ org_id: orgId, created_by: admin.id, type: "single" })
        .returning("id")
        .executeTakeFirstOrThrow(),
    );
    await expect(
      requestPush(member.claims, orgId, { job_id: job.id }, "api"),
    ).rejects.toMatchObject({ code: "crm_not_connected", status: 409 });
  });

  it("connects an admin, seals the tokens, names the portal and writes an audit entry", async () => {
    const { params } = await connectHubSpot(admin.claims, orgId);
    const row = await asServiceRole((tx) =>
      tx
        .selectFrom("crm_connections")
        .selectAll()
        .where("org_id", "=", orgId)
        .executeTakeFirstOrThrow(),
    );
    expect(row.access_token).toMatch(/^enc:v1:/);
    expect(row.refresh_token).toMatch(/^enc:v1:/);
    expect(row.account_id).toBe(String(hs.hubId));
    const status = await crmStatus(member.claims, orgId, "hubspot");
    expect(status).toMatchObject({ connected: true, accountName: hs.hubDomain });
    expect(Object.keys(status)).not.toContain("accessToken");

    // The same callback again (a replay, or a back button) finds its state used.
    await expect(completeCrmConnect(admin.claims, params)).rejects.toMatchObject({
      code: "bad_request",
    });
    const audit = await asServiceRole((tx) =>
      tx.selectFrom("audit_log").select("action").where("org_id", "=", orgId).execute(),
    );
    expect(audit.map((a) => a.action)).toContain("crm.connected");
  });

  it("refuses a state started by someone else", async () => {
    const { authorizeUrl } = await startCrmConnect(admin.claims, orgId, "hubspot");
    const state = new URL(authorizeUrl).searchParams.get("state")!;
    await expect(completeCrmConnect(member.claims, { state, code: "x" })).rejects.toMatchObject({
      code: "bad_request",
    });
  });

  it("disconnecting revokes the refresh token at HubSpot and forgets the connection", async () => {
    await expect(disconnectCrm(member.claims, orgId, "hubspot")).rejects.toMatchObject({
      code: "forbidden",
    });
    await disconnectCrm(admin.claims, orgId, "hubspot");
    expect(hs.revokedRefreshTokens).toHaveLength(1);
    expect((await crmStatus(admin.claims, orgId, "hubspot")).connected).toBe(false);
    const audit = await asServiceRole((tx) =>
      tx
        .selectFrom("audit_log")
        .select(["action", "metadata"])
        .where("org_id", "=", orgId)
        .execute(),
    );
    expect(audit.find((a) => a.action === "crm.disconnected")?.metadata).toMatchObject({
      revoked: true,
    });
  });
});

describe("calls to HubSpot", () => {
  it("wait for Retry-After on a 429 and back off on a 5xx before trying again", async () => {
    await connectHubSpot(admin.claims, orgId);
    const token = hs.issuedTokens.at(-2)!;
    hs.fail(/companies\/search$/, 429, 1, 7);
    hs.fail(/companies\/search$/, 503, 1);
    const waits: number[] = [];
    const page = await callHubSpot(
      token,
      (c) => c.crm.companies.searchApi.doSearch({ filterGroups: [], limit: 1 }),
      { sleep: async (ms) => void waits.push(ms) },
    );
    expect(page.total).toBe(0);
    expect(waits[0]).toBe(7000);
    expect(waits[1]).toBeGreaterThanOrEqual(250);
    expect(waits).toHaveLength(2);
  });

  it("try again when a connection is dropped without an answer", async () => {
    const token = hs.issuedTokens.at(-2)!;
    hs.fail(/companies\/search$/, "reset", 1);
    const waits: number[] = [];
    const page = await callHubSpot(
      token,
      (c) => c.crm.companies.searchApi.doSearch({ filterGroups: [], limit: 1 }),
      { sleep: async (ms) => void waits.push(ms) },
    );
    expect(page.total).toBe(0);
    expect(waits).toHaveLength(1);
    expect(hs.requests.filter((r) => r.path.endsWith("/search")).at(-2)?.status).toBe(0);
  });

  it("give up on a client error at once, with HubSpot's answer", async () => {
    const token = hs.issuedTokens.at(-2)!;
    const waits: number[] = [];
    await expect(
      callHubSpot(
        token,
        (c) =>
          c.crm.contacts.batchApi.upsert({
            inputs: Array.from({ length: 101 }, (_, i) => ({
              id: `x${i}@a.test`,
              idProperty: "email",
              properties: {},
            })),
          }),
        { sleep: async (ms) => void waits.push(ms) },
      ),
    ).rejects.toMatchObject({ code: 400 });
    expect(waits).toEqual([]);
  });
});
