import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFieldMapping, requestPush, runPush, setFieldMapping } from "@/lib/crm";
import { asServiceRole } from "@/lib/db";
import { createOrganization } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";
import type { HubSpotServer } from "@/tests/fakes/hubspot/server";
import { connectHubSpot, seedJob, startHubSpot } from "./world";

// The field mapping: admins change it, every bad property name is listed in one 422, only the
// changes are stored, and the next push writes to the properties chosen.

useTestDb();

let hs: HubSpotServer;
let admin: TestUser;
let member: TestUser;
let orgId: string;

beforeAll(async () => {
  hs = await startHubSpot();
  admin = await createUser("map-admin");
  member = await createUser("map-member");
  orgId = (await createOrganization(admin.claims, { name: "Mapping Co" })).id;
  await asServiceRole((tx) =>
    tx
      .insertInto("team_members")
      .values({ org_id: orgId, user_id: member.id, role: "member" })
      .execute(),
  );
  await connectHubSpot(admin.claims, orgId);
}, 60_000);
afterAll(async () => hs?.stop());

describe("field mapping", () => {
  it("lists every invalid property name, and only admins save", async () => {
    const mapping = await getFieldMapping(member.claims, orgId, "hubspot");
    expect(mapping.company.score).toBe("leadscout_score");
    const bad = {
      company: { ...mapping.company, score: "Bad Name", stage: "x-y" },
      contact: mapping.contact,
    };
    await expect(setFieldMapping(admin.claims, orgId, "hubspot", bad)).rejects.toMatchObject({
      code: "validation_failed",
      fields: { "company.score": [expect.any(String)], "company.stage": [expect.any(String)] },
    });
    await expect(setFieldMapping(member.claims, orgId, "hubspot", mapping)).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("stores only the changes, and the next push writes to the chosen properties", async () => {
    const mapping = await getFieldMapping(admin.claims, orgId, "hubspot");
    await setFieldMapping(admin.claims, orgId, "hubspot", {
      company: { ...mapping.company, score: "lead_score", stage: "" },
      contact: mapping.contact,
    });
    const stored = await asServiceRole((tx) =>
      tx
        .selectFrom("crm_connections")
        .select("field_mapping")
        .where("org_id", "=", orgId)
        .executeTakeFirstOrThrow(),
    );
    expect(stored.field_mapping).toEqual({ "company.score": "lead_score", "company.stage": "" });

    // The admin's own property, made in HubSpot: Leadscout creates only its leadscout_* ones.
    hs.properties.define("companies", {
      name: "lead_score",
      type: "number",
      fieldType: "number",
      groupName: "companyinformation",
    });
    const job = await seedJob(orgId, admin.id, 1, 1);
    const { push_id } = await requestPush(admin.claims, orgId, { job_id: job.jobId }, "bulk");
    await runPush(push_id);
    const [company] = [...hs.companies.values()];
    expect(company!.properties).toMatchObject({ lead_score: "0", name: "Company 0" });
    expect(company!.properties).not.toHaveProperty("leadscout_score");
    expect(company!.properties).not.toHaveProperty("leadscout_stage");
    // Properties nobody maps to are not created either.
    const custom = hs.properties.customNames();
    expect(custom.companies).not.toContain("leadscout_score");
    expect(custom.companies).not.toContain("leadscout_stage");
    expect(custom.companies).toContain("leadscout_url");
  });
});
