import { beforeAll, describe, expect, it, vi } from "vitest";
import { createApiKey, revokeApiKey } from "@/lib/api-keys";
import { listAuditLog, type AuditAction } from "@/lib/audit";
import { asServiceRole, withUser, type JwtClaims, type Role } from "@/lib/db";
import { deleteLead, deleteLeads, exportLeads, getLeadsByIds } from "@/lib/leads";
import { changeRole, renameOrganization } from "@/lib/orgs";
import { getScoringRules, resetScoringRules, saveScoringRules } from "@/lib/scoring-rules";
import { createWebhook, deleteWebhook, rotateWebhookSecret, updateWebhook } from "@/lib/webhooks";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";
import { createApiOrg, seedLeads, useUnlimited, type ApiOrg } from "../api/harness/world";
import { api } from "../webhooks/world";

// Every audited change writes exactly one entry, in the same transaction; only admins read the
// log (page and API), and never another organization's.
vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
  process.env.ENCRYPTION_KEY ??= "audit-test-encryption-key-0000000000000000";
});
useTestDb();

let org: ApiOrg;
let other: ApiOrg;
let member: TestUser;
let viewer: TestUser;

async function join(orgId: string, user: TestUser, role: Role): Promise<void> {
  await asServiceRole((tx) =>
    tx.insertInto("team_members").values({ org_id: orgId, user_id: user.id, role }).execute(),
  );
}

const entries = (orgId: string, action: AuditAction) =>
  asServiceRole((tx) =>
    tx
      .selectFrom("audit_log")
      .selectAll()
      .where("org_id", "=", orgId)
      .where("action", "=", action)
      .orderBy("id")
      .execute(),
  );

/** Runs `change` and expects exactly one new `action` entry by `actor`; returns it. */
async function writesOne(action: AuditAction, change: () => Promise<unknown>, actor?: JwtClaims) {
  const before = (await entries(org.orgId, action)).length;
  await change();
  const after = await entries(org.orgId, action);
  expect(after.length - before, action).toBe(1);
  const entry = after.at(-1)!;
  expect(entry.actor_id).toBe((actor ?? org.claims).sub);
  return entry;
}

beforeAll(async () => {
  useUnlimited();
  org = await createApiOrg();
  other = await createApiOrg();
  member = await createUser("member");
  viewer = await createUser("viewer");
  await join(org.orgId, member, "member");
  await join(org.orgId, viewer, "viewer");
});

describe("each audited change writes one entry", () => {
  it("API keys: create and revoke (revoking twice records once)", async () => {
    let keyId = "";
    const created = await writesOne("api_key.created", async () => {
      keyId = (await createApiKey(org.claims, { orgId: org.orgId, name: "CI", scopes: ["read"] }))
        .apiKey.id;
    });
    expect(created).toMatchObject({ target_type: "api_key", target_id: keyId });
    expect(created.metadata).toMatchObject({ name: "CI", scopes: ["read"] });
    expect(JSON.stringify(created.metadata)).not.toMatch(/ls_(live|test)_[A-Za-z0-9]{20}/);
    await writesOne("api_key.revoked", () => revokeApiKey(org.claims, org.orgId, keyId));
    await revokeApiKey(org.claims, org.orgId, keyId);
    expect(await entries(org.orgId, "api_key.revoked")).toHaveLength(1);
  });

  it("webhooks: create, update, rotate, delete; no secret in any entry", async () => {
    let id = "";
    let secret = "";
    await writesOne("webhook.created", async () => {
      ({ id, secret } = await createWebhook(org.claims, org.orgId, {
        url: "http://127.0.0.1:9/audit",
      }));
    });
    const updated = await writesOne(
      "webhook.updated",
      () => updateWebhook(org.claims, org.orgId, id, { events: ["job.failed"] }),
      org.claims,
    );
    expect(updated.metadata).toMatchObject({ changes: { events: { to: ["job.failed"] } } });
    // A member manages webhooks too, and is named as the actor.
    const rotated = await writesOne(
      "webhook.secret_rotated",
      () => rotateWebhookSecret(member.claims, org.orgId, id),
      member.claims,
    );
    await writesOne("webhook.deleted", () => deleteWebhook(org.claims, org.orgId, id));
    for (const e of [updated, rotated]) expect(JSON.stringify(e)).not.toContain(secret.slice(6));
  });

  it("leads: delete one, delete a selection, export a filter and a selection", async () => {
    const ids = await seedLeads(org.orgId, 6);
    const one = await writesOne("lead.deleted", () => deleteLead(org.claims, org.orgId, ids[0]!));
    expect(one).toMatchObject({ target_id: ids[0], metadata: { count: 1 } });
    const bulk = await writesOne("lead.deleted", () =>
      deleteLeads(org.claims, org.orgId, { ids: ids.slice(1, 3) }),
    );
    expect(bulk.metadata).toMatchObject({ count: 2, ids: expect.arrayContaining(ids.slice(1, 3)) });
    const streamed = await writesOne("leads.exported", async () => {
      const out = await exportLeads(org.claims, org.orgId, { format: "csv", status: "hot" });
      await new Response(out.stream).text();
    });
    expect(streamed.metadata).toMatchObject({ format: "csv", filters: { status: "hot" } });
    const picked = await writesOne("leads.exported", () =>
      getLeadsByIds(org.claims, org.orgId, { ids: ids.slice(3, 5) }),
    );
    expect(picked.metadata).toMatchObject({ selection: 2 });
  });

  it("scoring rules, role changes and a rename", async () => {
    const { rules } = await getScoringRules(org.claims, org.orgId);
    await writesOne("scoring_rules.updated", () => saveScoringRules(org.claims, org.orgId, rules));
    await writesOne("scoring_rules.reset", () => resetScoringRules(org.claims, org.orgId));
    const role = await writesOne("member.role_changed", () =>
      changeRole(org.claims, org.orgId, { userId: viewer.id, role: "member" }),
    );
    expect(role.metadata).toMatchObject({ from: "viewer", to: "member" });
    await changeRole(org.claims, org.orgId, { userId: viewer.id, role: "viewer" });
    const renamed = await writesOne("organization.renamed", () =>
      renameOrganization(org.claims, org.orgId, { name: "Renamed Co" }),
    );
    expect(renamed.metadata).toMatchObject({ from: "Api Co", to: "Renamed Co" });
  });

  it("a refused change records nothing", async () => {
    const before = (await entries(org.orgId, "scoring_rules.reset")).length;
    await expect(resetScoringRules(member.claims, org.orgId)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await entries(org.orgId, "scoring_rules.reset")).toHaveLength(before);
  });
});

describe("reading the log", () => {
  it("admins page through it newest first, filtered by actor, action and date", async () => {
    const all = await listAuditLog(org.claims, org.orgId, { limit: 100 });
    expect(all.data.length).toBeGreaterThan(10);
    const ids = all.data.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(all.data.at(-1)!.action).toBe("organization.created");

    // Cursor pages cover the same entries, once each.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAuditLog(org.claims, org.orgId, { limit: 4, cursor });
      seen.push(...page.data.map((e) => e.id));
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.data.map((e) => e.id));

    const byMember = await listAuditLog(org.claims, org.orgId, { actor: member.id });
    expect(byMember.data.map((e) => e.action)).toEqual(["webhook.secret_rotated"]);
    expect(byMember.data[0]!.actor).toMatchObject({ id: member.id, email: member.email });
    const renames = await listAuditLog(org.claims, org.orgId, { action: "organization.renamed" });
    expect(renames.data).toHaveLength(1);
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(
      (await listAuditLog(org.claims, org.orgId, { from: today, to: today, limit: 100 })).data,
    ).toHaveLength(all.data.length);
    expect((await listAuditLog(org.claims, org.orgId, { from: tomorrow })).data).toEqual([]);
    expect((await listAuditLog(org.claims, org.orgId, { to: yesterday })).data).toEqual([]);
  });

  it("bad filters are a 422 listing every field", async () => {
    await expect(
      listAuditLog(org.claims, org.orgId, { actor: "bob", action: "nope", from: "31/01/2026" }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { actor: expect.any(Array), action: expect.any(Array), from: expect.any(Array) },
    });
    await expect(
      listAuditLog(org.claims, org.orgId, { from: "2026-02-01", to: "2026-01-01" }),
    ).rejects.toMatchObject({ fields: { to: ["Must not be before from"] } });
    await expect(listAuditLog(org.claims, org.orgId, { cursor: "garbage" })).rejects.toMatchObject({
      fields: { cursor: expect.any(Array) },
    });
  });

  it("members and viewers are refused, by the function and by row-level security", async () => {
    for (const user of [member, viewer]) {
      await expect(listAuditLog(user.claims, org.orgId)).rejects.toMatchObject({
        code: "forbidden",
      });
      const rows = await withUser(user.claims, (tx) =>
        tx.selectFrom("audit_log").select("id").where("org_id", "=", org.orgId).execute(),
      );
      expect(rows).toEqual([]);
    }
  });

  it("another organization's admin sees none of it", async () => {
    await expect(listAuditLog(other.claims, org.orgId)).rejects.toMatchObject({
      code: "not_found",
    });
    const own = await listAuditLog(other.claims, other.orgId, { limit: 100 });
    // Its own creation and its four keys (createApiOrg), nothing of the first organization's.
    expect(own.data.every((e) => e.actor?.id === other.claims.sub)).toBe(true);
    expect(new Set(own.data.map((e) => e.action))).toEqual(
      new Set(["organization.created", "api_key.created"]),
    );
    // Filtering by a user of the other organization finds nothing either.
    expect((await listAuditLog(other.claims, other.orgId, { actor: member.id })).data).toEqual([]);
  });
});

describe("GET /api/v1/audit-log", () => {
  it("answers an admin's key in the envelope, with cursor pagination", async () => {
    const first = await api<{ id: string; action: string }[]>(
      org.keys.read,
      "GET",
      "/audit-log?limit=2",
    );
    expect(first.status).toBe(200);
    expect(first.body.success).toBe(true);
    expect(first.body.data).toHaveLength(2);
    const cursor = first.body.meta.next_cursor!;
    expect(cursor).toBeTruthy();
    const second = await api<{ id: string }[]>(
      org.keys.read,
      "GET",
      `/audit-log?limit=2&cursor=${encodeURIComponent(cursor)}`,
    );
    expect(Number(second.body.data[0]!.id)).toBeLessThan(Number(first.body.data[1]!.id));
    const filtered = await api<{ action: string }[]>(
      org.keys.read,
      "GET",
      "/audit-log?action=webhook.deleted",
    );
    expect(filtered.body.data.map((e) => e.action)).toEqual(["webhook.deleted"]);
    const bad = await api(org.keys.read, "GET", "/audit-log?action=nope&extra=1");
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error!.fields!)).toEqual(expect.arrayContaining(["action"]));
  });

  it("refuses a member's key with 403; another organization's key reads only its own log", async () => {
    const { key } = await createApiKey(member.claims, {
      orgId: org.orgId,
      name: "member key",
      scopes: ["read"],
    });
    const refused = await api(key, "GET", "/audit-log");
    expect(refused.status).toBe(403);
    expect(refused.body.error!.code).toBe("forbidden");
    const foreign = await api<{ actor: { id: string } | null }[]>(
      other.keys.read,
      "GET",
      "/audit-log?limit=100",
    );
    expect(foreign.status).toBe(200);
    expect(foreign.body.data.every((e) => e.actor?.id === other.claims.sub)).toBe(true);
    expect(JSON.stringify(foreign.body.data)).not.toContain(org.orgId);
  });
});
