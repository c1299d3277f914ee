import { beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { createForm, deleteForm, listForms, updateForm } from "@/lib/inbound";
import { useTestDb } from "../helpers/db";
import { createUser } from "../orgs/fixtures";
import { inboundOrg, makeForm, type InboundOrg } from "./world";

useTestDb();

let org: InboundOrg;
let other: InboundOrg;

beforeAll(async () => {
  org = await inboundOrg("Forms Co");
  other = await inboundOrg("Other Co");
});

const auditOf = (orgId: string) =>
  asServiceRole((tx) =>
    tx
      .selectFrom("audit_log")
      .select(["action", "target_id"])
      .where("org_id", "=", orgId)
      .where("action", "like", "inbound_form.%")
      .orderBy("id")
      .execute(),
  );

describe("forms", () => {
  it("an admin creates, edits, disables and deletes one, each step audited", async () => {
    const form = await makeForm(org, { fields: ["message", "name"] });
    // The email is always asked; the fields keep the page's order.
    expect(form.fields).toEqual(["name", "email", "message"]);
    expect(form.slug).toMatch(/^contact-us-[a-z0-9]{8}$/);
    const edited = await updateForm(org.admin.claims, org.orgId, {
      id: form.id,
      name: "Talk to sales",
      fields: ["email", "company", "file"],
      recipients: [org.member.email],
      enabled: false,
    });
    expect(edited).toMatchObject({ name: "Talk to sales", enabled: false, slug: form.slug });
    expect((await listForms(org.viewer.claims, org.orgId)).map((f) => f.id)).toContain(form.id);
    await deleteForm(org.admin.claims, org.orgId, { id: form.id });
    expect((await listForms(org.admin.claims, org.orgId)).map((f) => f.id)).not.toContain(form.id);
    expect(await auditOf(org.orgId)).toEqual([
      { action: "inbound_form.created", target_id: form.id },
      { action: "inbound_form.updated", target_id: form.id },
      { action: "inbound_form.deleted", target_id: form.id },
    ]);
  });

  it("members and viewers read forms but cannot change them", async () => {
    const form = await makeForm(org);
    for (const user of [org.member, org.viewer]) {
      await expect(createForm(user.claims, org.orgId, { name: "Mine" })).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(deleteForm(user.claims, org.orgId, { id: form.id })).rejects.toMatchObject({
        code: "forbidden",
      });
    }
  });

  it("another organization's admin neither sees nor changes a form", async () => {
    const form = await makeForm(org);
    expect((await listForms(other.admin.claims, other.orgId)).map((f) => f.id)).not.toContain(
      form.id,
    );
    await expect(
      updateForm(other.admin.claims, other.orgId, {
        id: form.id,
        name: "Taken",
        fields: ["email"],
        recipients: [],
        enabled: true,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteForm(other.admin.claims, org.orgId, { id: form.id })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("refuses recipients who are not members, and lists every problem", async () => {
    const stranger = await createUser("stranger");
    await expect(
      createForm(org.admin.claims, org.orgId, {
        name: "",
        fields: ["email", "fax"],
        recipients: [stranger.email],
      }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { name: [expect.any(String)], "fields.1": [expect.any(String)] },
    });
    await expect(
      createForm(org.admin.claims, org.orgId, { name: "Leaky", recipients: [stranger.email] }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { recipients: [`${stranger.email} is not a member of this organization`] },
    });
  });
});
