import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys";
import { asServiceRole } from "@/lib/db";
import { changeRole, removeMember } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";
import { callApi, createApiOrg, seedLeads, useUnlimited, type ApiOrg } from "./harness/world";

useTestDb();

// A key acts as the member who created it, so it can do no more than that member can now: removed
// from the organization, the member's keys stop on the next request; demoted to viewer, they read
// but may no longer write or delete, until the member may again.

async function call(method: string, path: string, key: string, body?: unknown) {
  const res = await callApi(method, path, key, body);
  const json = (await res.json()) as { error?: { code: string; message: string } };
  return { status: res.status, code: json.error?.code, message: json.error?.message };
}

let org: ApiOrg;

/** A member of `org` with a key of every scope, and a lead to write to. */
async function memberWithKey(): Promise<{ user: TestUser; key: string; leadId: string }> {
  const user = await createUser("keyholder");
  await asServiceRole((tx) =>
    tx
      .insertInto("team_members")
      .values({ org_id: org.orgId, user_id: user.id, role: "member" })
      .execute(),
  );
  const { key } = await createApiKey(user.claims, {
    orgId: org.orgId,
    name: "member's key",
    scopes: ["read", "write", "delete"],
  });
  const [leadId] = await seedLeads(org.orgId, 1, () => ({ name: `Kim ${user.id}` }));
  return { user, key, leadId: leadId! };
}

beforeAll(async () => {
  useUnlimited();
  org = await createApiOrg();
});

describe("an API key and its creator's membership", () => {
  it("a removed member's key is refused on the next request, and by every endpoint", async () => {
    const m = await memberWithKey();
    expect((await call("GET", "/leads", m.key)).status).toBe(200);
    expect((await call("GET", "/me", m.key)).status).toBe(200);

    await removeMember(org.claims, org.orgId, { userId: m.user.id });

    for (const [method, path, body] of [
      ["GET", "/leads"],
      ["GET", "/me"],
      ["GET", "/credits"],
      ["GET", `/leads/${m.leadId}`],
      ["PATCH", `/leads/${m.leadId}`, { notes: "after removal" }],
      ["POST", "/jobs", { type: "single", url: "https://after-removal.example" }],
    ] as const) {
      const r = await call(method, path, m.key, body);
      expect(r.status, `${method} ${path}`).toBe(401);
      expect(r.code).toBe("invalid_api_key");
    }
    // The organization's own keys are unaffected.
    expect((await call("GET", "/leads", org.keys.all)).status).toBe(200);
  });

  it("a member demoted to viewer keeps a read-only key; made a member again, it writes", async () => {
    const m = await memberWithKey();
    expect((await call("PATCH", `/leads/${m.leadId}`, m.key, { notes: "as member" })).status).toBe(
      200,
    );

    await changeRole(org.claims, org.orgId, { userId: m.user.id, role: "viewer" });

    expect((await call("GET", `/leads/${m.leadId}`, m.key)).status).toBe(200);
    const refused = [
      await call("PATCH", `/leads/${m.leadId}`, m.key, { notes: "as viewer" }),
      await call("DELETE", `/leads/${m.leadId}`, m.key),
      await call("POST", "/jobs", m.key, { type: "single", url: "https://as-viewer.example" }),
    ];
    expect(refused.map((r) => [r.status, r.code])).toEqual([
      [403, "insufficient_scope"],
      [403, "insufficient_scope"],
      [403, "insufficient_scope"],
    ]);
    expect(refused[0]!.message).toContain('"write"');
    expect(refused[1]!.message).toContain('"delete"');
    const notes = await asServiceRole((tx) =>
      tx
        .selectFrom("scraped_leads")
        .select("notes")
        .where("id", "=", m.leadId)
        .executeTakeFirstOrThrow(),
    );
    expect(notes.notes).toBe("as member");

    await changeRole(org.claims, org.orgId, { userId: m.user.id, role: "member" });
    expect((await call("PATCH", `/leads/${m.leadId}`, m.key, { notes: "again" })).status).toBe(200);
  });

  it("exports for a member's key; a viewer's key, still holding `read`, may not (item 11)", async () => {
    const m = await memberWithKey();
    const exported = await callApi("GET", "/leads/export?format=json", m.key);
    expect(exported.status).toBe(200);
    expect(Array.isArray(await exported.json())).toBe(true);

    await changeRole(org.claims, org.orgId, { userId: m.user.id, role: "viewer" });
    // The key still reads lead by lead …
    expect((await call("GET", "/leads", m.key)).status).toBe(200);
    // … but the whole list as a file is for admins and members, in CSV and JSON alike.
    for (const format of ["csv", "json"]) {
      const r = await call("GET", `/leads/export?format=${format}`, m.key);
      expect([r.status, r.code], format).toEqual([403, "forbidden"]);
      expect(r.message).toMatch(/Viewers cannot export leads/);
    }

    await changeRole(org.claims, org.orgId, { userId: m.user.id, role: "member" });
    const again = await callApi("GET", "/leads/export", m.key);
    expect(again.status).toBe(200);
    await again.text();
  });
});
