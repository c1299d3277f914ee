import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { runPush } from "@/lib/crm";
import { createApiOrg, callApi, useUnlimited, type ApiOrg } from "../api/harness/world";
import { useTestDb } from "../helpers/db";
import type { HubSpotServer } from "@/tests/fakes/hubspot/server";
import { connectHubSpot, seedJob, startHubSpot } from "./world";

// POST /api/v1/crm/push: 202 with a push id, 422 listing every bad field, 409 before a CRM is
// connected, and another tenant's lead is "not found" like a made-up one.

useTestDb();

let hs: HubSpotServer;
let org: ApiOrg;
let other: ApiOrg;
let otherLead: string;

beforeAll(async () => {
  useUnlimited();
  hs = await startHubSpot();
  org = await createApiOrg();
  other = await createApiOrg();
  otherLead = (await seedJob(other.orgId, other.claims.sub, 1, 1)).leads[0]!.id;
}, 60_000);
afterAll(async () => hs?.stop());

const push = async (key: string, body: unknown) => {
  const res = await callApi("POST", "/crm/push", key, body);
  return {
    status: res.status,
    body: (await res.json()) as {
      data: { push_id: string; status: string; provider: string };
      error: { code: string; fields: Record<string, string[]> };
    },
  };
};

describe("POST /api/v1/crm/push", () => {
  it("answers 409 while HubSpot is not connected", async () => {
    const job = await seedJob(org.orgId, org.claims.sub, 2, 1);
    const res = await push(org.keys.write, { job_id: job.jobId });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("crm_not_connected");
  });

  it("answers 422 with every field error", async () => {
    const both = await push(org.keys.write, { lead_ids: ["nope"], job_id: "x", extra: 1 });
    expect(both.status).toBe(422);
    expect(Object.keys(both.body.error.fields).sort()).toEqual(
      expect.arrayContaining(["lead_ids.0", "job_id"]),
    );
    const none = await push(org.keys.write, {});
    expect(none.status).toBe(422);
    const tooMany = await push(org.keys.write, {
      lead_ids: Array.from({ length: 1001 }, () => randomUUID()),
    });
    expect(tooMany.status).toBe(422);
  });

  it("needs the write scope", async () => {
    const res = await push(org.keys.read, { lead_ids: [randomUUID()] });
    expect(res.status).toBe(403);
  });

  it("treats another tenant's lead as unknown, and queues a push of its own leads (202)", async () => {
    await connectHubSpot(org.claims, org.orgId);
    const job = await seedJob(org.orgId, org.claims.sub, 3, 1);
    const foreign = await push(org.keys.write, { lead_ids: [job.leads[0]!.id, otherLead] });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.fields).toEqual({
      "lead_ids.1": ["No such lead in this organization"],
    });

    const ok = await push(org.keys.write, { lead_ids: job.leads.map((l) => l.id) });
    expect(ok.status).toBe(202);
    expect(ok.body.data).toMatchObject({ status: "queued", provider: "hubspot" });
    const outcome = await runPush(ok.body.data.push_id);
    expect(outcome).toMatchObject({ created: 3 + 3 + 3, failed: 0 });
    expect(hs.companies.size).toBe(3);
    const row = await asServiceRole((tx) =>
      tx
        .selectFrom("crm_pushes")
        .selectAll()
        .where("id", "=", ok.body.data.push_id)
        .executeTakeFirstOrThrow(),
    );
    expect(row).toMatchObject({ status: "succeeded", created_count: 9, source: "api" });
  });
});
