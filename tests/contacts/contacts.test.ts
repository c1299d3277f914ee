import { beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import {
  deleteContacts,
  exportContacts,
  listContacts,
  listLeadContacts,
  upsertContacts,
  type ContactDraft,
} from "@/lib/contacts";
import { createOrganization } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";

useTestDb();

let admin: TestUser;
let viewer: TestUser;
let outsider: TestUser;
let orgId: string;
let leadA: string;
let leadB: string;

const person = (name: string, over: Partial<ContactDraft> = {}): ContactDraft => ({
  dedupeKey: over.email
    ? `email:${over.email}`
    : `name:${over.domain ?? "a.test"}|${name.toLowerCase()}`,
  name,
  title: null,
  email: null,
  phone: null,
  linkedinUrl: null,
  sourceUrl: null,
  domain: "a.test",
  ...over,
});

async function lead(org: string, domain: string, company: string) {
  return asServiceRole(async (tx) => {
    const row = await tx
      .insertInto("scraped_leads")
      .values({ org_id: org, dedupe_key: domain, domain, company })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

async function readAll(body: ReadableStream<Uint8Array>) {
  return new Response(body).text();
}

beforeAll(async () => {
  admin = await createUser("contacts-admin");
  viewer = await createUser("contacts-viewer");
  outsider = await createUser("contacts-outsider");
  orgId = (await createOrganization(admin.claims, { name: "Contacts Co" })).id;
  await asServiceRole((tx) =>
    tx
      .insertInto("team_members")
      .values({ org_id: orgId, user_id: viewer.id, role: "viewer" })
      .execute(),
  );
  leadA = await lead(orgId, "a.test", "Acme");
  leadB = await lead(orgId, "b.test", "Beta");
  await asServiceRole(async (tx) => {
    await upsertContacts(tx, orgId, leadA, null, [
      person("Zoe Adams", { email: "zoe@a.test", title: "CEO" }),
      person("Bob Brown", { title: '=HYPERLINK("http://evil")' }),
    ]);
    await upsertContacts(tx, orgId, leadB, null, [
      person("Cara Cole", { domain: "b.test", email: "cara@b.test", title: "Head of Sales" }),
    ]);
  });
});

describe("contacts", () => {
  it("a name-keyed contact takes its email key when a later sighting shows one, not a second row", async () => {
    const before = await listLeadContacts(admin.claims, orgId, leadA);
    const bob = before.find((c) => c.name === "Bob Brown")!;
    const saved = await asServiceRole((tx) =>
      upsertContacts(tx, orgId, leadA, null, [person("Bob Brown", { email: "bob@a.test" })]),
    );
    expect(saved).toEqual({ created: 0, updated: 1 });
    const after = await listLeadContacts(admin.claims, orgId, leadA);
    expect(after).toHaveLength(2);
    expect(after.find((c) => c.id === bob.id)).toMatchObject({
      email: "bob@a.test",
      title: '=HYPERLINK("http://evil")', // blanks keep what was known
      company: "Acme",
    });
  });

  it("lists with search, filters, sorts and keyset pages", async () => {
    const byName = await listContacts(admin.claims, orgId, { sort: "name", limit: "2" });
    expect(byName.data.map((c) => c.name)).toEqual(["Bob Brown", "Cara Cole"]);
    const rest = await listContacts(admin.claims, orgId, {
      sort: "name",
      limit: "2",
      cursor: byName.next_cursor!,
    });
    expect(rest.data.map((c) => c.name)).toEqual(["Zoe Adams"]);
    expect(rest.next_cursor).toBeNull();
    const desc = await listContacts(admin.claims, orgId, { sort: "-name" });
    expect(desc.data.map((c) => c.name)).toEqual(["Zoe Adams", "Cara Cole", "Bob Brown"]);
    expect(
      (await listContacts(admin.claims, orgId, { q: "sales" })).data.map((c) => c.name),
    ).toEqual(["Cara Cole"]);
    expect((await listContacts(admin.claims, orgId, { lead_id: leadB })).data).toHaveLength(1);
    expect((await listContacts(viewer.claims, orgId, {})).data).toHaveLength(3);
  });

  it("refuses a bad query with every field's error, and a cursor from another sort", async () => {
    await expect(
      listContacts(admin.claims, orgId, { sort: "age", limit: "0", has_email: "yes", x: "1" }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: expect.objectContaining({
        sort: expect.any(Array),
        limit: expect.any(Array),
        has_email: expect.any(Array),
      }),
    });
    const page = await listContacts(admin.claims, orgId, { sort: "name", limit: "1" });
    await expect(
      listContacts(admin.claims, orgId, { sort: "-created_at", cursor: page.next_cursor! }),
    ).rejects.toMatchObject({ code: "validation_failed", fields: { cursor: expect.any(Array) } });
  });

  it("shows another organization nothing, and finds no lead of theirs", async () => {
    expect((await listContacts(outsider.claims, orgId, {})).data).toEqual([]);
    await expect(listLeadContacts(outsider.claims, orgId, leadA)).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await deleteContacts(outsider.claims, orgId, { ids: [leadA] })).toEqual({ deleted: 0 });
  });

  it("exports CSV with formulas defused, audited; viewers may not export", async () => {
    const out = await exportContacts(admin.claims, orgId, { sort: "name" });
    const csv = await readAll(out.stream);
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toMatch(/^id,name,title,email,phone,linkedin_url,company,domain,/);
    expect(lines).toHaveLength(4);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    await expect(exportContacts(viewer.claims, orgId, {})).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(exportContacts(admin.claims, orgId, { ids: "nope" })).rejects.toMatchObject({
      code: "validation_failed",
      fields: { ids: expect.any(Array) },
    });
    const audit = await asServiceRole((tx) =>
      tx.selectFrom("audit_log").select("action").where("org_id", "=", orgId).execute(),
    );
    expect(audit.map((a) => a.action)).toContain("contacts.exported");
  });

  it("deletes a selection (not as a viewer), audited by count", async () => {
    const all = await listContacts(admin.claims, orgId, {});
    const ids = all.data.slice(0, 2).map((c) => c.id);
    expect(await deleteContacts(viewer.claims, orgId, { ids })).toEqual({ deleted: 0 });
    await expect(deleteContacts(admin.claims, orgId, { ids: [] })).rejects.toMatchObject({
      code: "validation_failed",
    });
    expect(await deleteContacts(admin.claims, orgId, { ids })).toEqual({ deleted: 2 });
    expect((await listContacts(admin.claims, orgId, {})).data).toHaveLength(1);
    const entry = await asServiceRole((tx) =>
      tx
        .selectFrom("audit_log")
        .select(["metadata", "actor_id"])
        .where("org_id", "=", orgId)
        .where("action", "=", "contacts.deleted")
        .executeTakeFirstOrThrow(),
    );
    expect(entry).toMatchObject({ actor_id: admin.id, metadata: { count: 2 } });
  });
});
