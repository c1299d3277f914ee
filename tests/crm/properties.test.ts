import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { requestPush, runPush } from "@/lib/crm";
import { HUBSPOT_SCOPES } from "@/lib/crm/hubspot/oauth";
import { LEADSCOUT_PROPERTIES } from "@/lib/crm/hubspot/properties";
import { createOrganization } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";
import type { HubSpotServer } from "@/tests/fakes/hubspot/server";
import { connectHubSpot, seedJob, startHubSpot } from "./world";

// The custom `leadscout_*` properties the default mapping writes to do not exist in a new HubSpot
// portal, and HubSpot refuses a whole batch carrying a property it does not know. A push creates
// the missing ones first (a "Leadscout" group, the properties API, crm.schemas.* scopes), keeps
// those that exist, and a connection that cannot create them still pushes, each refused record
// logged with HubSpot's PROPERTY_DOESNT_EXIST message.

useTestDb();

let hs: HubSpotServer;
let admin: TestUser;

beforeAll(async () => {
  admin = await createUser("hs-props");
}, 60_000);
// A portal of its own per test: what the properties API holds is the point.
beforeEach(async () => {
  hs = await startHubSpot();
});
afterEach(async () => hs?.stop());

async function connectedOrg(name: string, scope?: string) {
  const orgId = (await createOrganization(admin.claims, { name })).id;
  await connectHubSpot(admin.claims, orgId, scope);
  return orgId;
}

async function push(orgId: string, jobId: string) {
  const { push_id } = await requestPush(admin.claims, orgId, { job_id: jobId }, "api");
  return { pushId: push_id, outcome: await runPush(push_id) };
}

const propertyCalls = (method: string) =>
  hs.requests.filter((r) => r.method === method && r.path.startsWith("/crm/v3/properties/"));

describe("HubSpot custom properties", () => {
  it("a first push creates every leadscout_* property in a Leadscout group, and only once", async () => {
    const orgId = await connectedOrg("Props Fresh");
    const job = await seedJob(orgId, admin.id, 3, 1);
    const first = await push(orgId, job.jobId);
    expect(first.outcome).toMatchObject({ failed: 0, created: 3 + 3 + 3 });

    for (const objectType of ["companies", "contacts"] as const)
      for (const def of LEADSCOUT_PROPERTIES[objectType])
        expect(hs.properties.get(objectType, def.name)).toMatchObject({
          groupName: "leadscout",
          type: def.type,
          fieldType: def.fieldType,
          label: def.label,
          hubspotDefined: false,
        });
    expect(hs.properties.get("companies", "leadscout_score")?.type).toBe("number");
    const company = [...hs.companies.values()].find(
      (c) => c.properties.domain === job.leads[0]!.domain,
    );
    expect(company?.properties).toMatchObject({ leadscout_score: "0", leadscout_status: "warm" });
    // Per object type: one read, the group, one batch create.
    expect(propertyCalls("GET")).toHaveLength(2);
    expect(propertyCalls("POST")).toHaveLength(4);

    // The next push only reads them: nothing is created again.
    const second = await push(orgId, job.jobId);
    expect(second.outcome).toMatchObject({ failed: 0, created: 0, updated: 9 });
    expect(propertyCalls("GET")).toHaveLength(4);
    expect(propertyCalls("POST")).toHaveLength(4);
  });

  it("keeps properties and the group an admin already made, and creates only the missing", async () => {
    // Made by hand in HubSpot before connecting: the score in another group, the group itself.
    hs.properties.define("companies", {
      name: "leadscout_score",
      type: "number",
      fieldType: "number",
      groupName: "companyinformation",
      label: "Our fit score",
    });
    hs.properties.define("companies", {
      name: "leadscout_stage",
      type: "string",
      fieldType: "text",
      groupName: "leadscout",
    });
    const orgId = await connectedOrg("Props Existing");
    const job = await seedJob(orgId, admin.id, 2, 1);
    const { outcome } = await push(orgId, job.jobId);
    expect(outcome.failed).toBe(0);
    expect(hs.properties.get("companies", "leadscout_score")).toMatchObject({
      label: "Our fit score",
      groupName: "companyinformation",
    });
    expect(hs.properties.get("companies", "leadscout_url")?.groupName).toBe("leadscout");
    // The companies group existed: HubSpot answered 409, which is fine; contacts' was created.
    const groups = hs.requests.filter((r) => r.path.endsWith("/groups"));
    expect(groups.map((r) => [r.path, r.status])).toEqual([
      ["/crm/v3/properties/companies/groups", 409],
      ["/crm/v3/properties/contacts/groups", 201],
    ]);
    const creates = hs.requests.filter((r) =>
      r.path.endsWith("/properties/companies/batch/create"),
    );
    expect(creates.map((r) => r.status)).toEqual([201]);
  });

  it("without the schemas scopes the push goes on, and HubSpot's refusal is logged per record", async () => {
    expect(HUBSPOT_SCOPES).toContain("crm.schemas.companies.write");
    const objectsOnly = HUBSPOT_SCOPES.filter((s) => !s.startsWith("crm.schemas.")).join(" ");
    const orgId = await connectedOrg("Props Old Connection", objectsOnly);
    const job = await seedJob(orgId, admin.id, 2, 1);
    const { pushId, outcome } = await push(orgId, job.jobId);
    expect(hs.requests.filter((r) => r.path.startsWith("/crm/v3/properties/"))).toEqual([
      { method: "GET", path: "/crm/v3/properties/companies", status: 403 },
      { method: "GET", path: "/crm/v3/properties/contacts", status: 403 },
    ]);
    // Every company carries leadscout_* properties: HubSpot refuses the batch, names them.
    expect(hs.companies.size).toBe(0);
    expect(outcome.failed).toBeGreaterThanOrEqual(2);
    const failed = await asServiceRole((tx) =>
      tx
        .selectFrom("crm_sync_log")
        .select(["object_type", "message"])
        .where("push_id", "=", pushId)
        .where("object_type", "=", "company")
        .execute(),
    );
    expect(failed).toHaveLength(2);
    for (const row of failed) {
      expect(row.message).toContain("HubSpot answered 400");
      expect(row.message).toContain('Property \\"leadscout_score\\" does not exist');
      expect(row.message).toContain("PROPERTY_DOESNT_EXIST");
    }
  });
});
