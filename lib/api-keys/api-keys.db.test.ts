import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asServiceRole, closeDb, migrate, openDb, setDb, withUser, type JwtClaims } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createApiKey, hashApiKey, listApiKeys, revokeApiKey, verifyApiKey } from "./index";

// A fresh in-memory database of its own, so this runs in the unit project on any machine.
let orgId: string;
const users: Record<"admin" | "member" | "viewer", JwtClaims> = {} as never;

beforeAll(async () => {
  process.env.API_KEY_HASH_SECRET = "unit-test-secret-unit-test-secret-0";
  const opened = await openDb({ pgliteDir: "memory://" });
  await migrate(opened);
  setDb(opened);
  for (const role of ["admin", "member", "viewer"] as const) {
    const u = await asServiceRole((tx) =>
      tx
        .insertInto("auth.users")
        .values({ email: `${role}@keys.test`, email_confirmed_at: new Date() })
        .returning("id")
        .executeTakeFirstOrThrow(),
    );
    users[role] = { sub: u.id, role: "authenticated", email: `${role}@keys.test` };
  }
  orgId = await withUser(users.admin, async (tx) => {
    const r = await sql<{
      id: string;
    }>`select id from public.create_organization('Keys', 'keys')`.execute(tx);
    return r.rows[0]!.id;
  });
  await asServiceRole((tx) =>
    tx
      .insertInto("team_members")
      .values([
        { org_id: orgId, user_id: users.member.sub, role: "member" },
        { org_id: orgId, user_id: users.viewer.sub, role: "viewer" },
      ])
      .execute(),
  );
}, 120_000);
afterAll(() => closeDb());

// In-memory PGlite on a shared, busy machine: generous limits, nothing timed is asserted.
describe("API keys", { timeout: 60_000 }, () => {
  it("a member creates a key: plaintext once, only its HMAC stored", async () => {
    const { apiKey, key } = await createApiKey(users.member, {
      orgId,
      name: "CI",
      scopes: ["read", "write", "read"],
    });
    expect(key).toMatch(/^ls_live_[0-9A-Za-z]{40}$/);
    expect(apiKey.keyHint).toBe(`ls_live_…${key.slice(-4)}`);
    expect(apiKey.scopes).toEqual(["read", "write"]);
    const stored = await asServiceRole((tx) =>
      tx.selectFrom("api_keys").selectAll().where("id", "=", apiKey.id).executeTakeFirstOrThrow(),
    );
    expect(stored.key_hash).toBe(hashApiKey(key));
    expect(JSON.stringify(stored)).not.toContain(key);
  });

  it("a viewer is refused, and nothing is written", async () => {
    const before = await asServiceRole((tx) =>
      tx
        .selectFrom("api_keys")
        .select(sql<number>`count(*)::int`.as("n"))
        .executeTakeFirstOrThrow(),
    );
    await expect(
      createApiKey(users.viewer, { orgId, name: "nope", scopes: ["read"] }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const after = await asServiceRole((tx) =>
      tx
        .selectFrom("api_keys")
        .select(sql<number>`count(*)::int`.as("n"))
        .executeTakeFirstOrThrow(),
    );
    expect(after.n).toBe(before.n);
  });

  it("bad input lists every field error", async () => {
    const err = await createApiKey(users.admin, {
      orgId: "nope",
      name: " ",
      scopes: [],
      expiresAt: "2001-01-01",
    }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(Object.keys((err as AppError).fields ?? {}).sort()).toEqual([
      "expiresAt",
      "name",
      "orgId",
      "scopes",
    ]);
  });

  it("lists never carry the hash; viewers see none", async () => {
    const list = await listApiKeys(users.admin, orgId);
    expect(list.length).toBeGreaterThan(0);
    for (const k of list) expect(Object.keys(k)).not.toContain("keyHash");
    expect(JSON.stringify(list)).not.toMatch(/[0-9a-f]{64}/);
    expect(await listApiKeys(users.viewer, orgId)).toEqual([]);
  });

  it("verifies a live key, then refuses it once revoked", async () => {
    const { apiKey, key } = await createApiKey(users.admin, {
      orgId,
      name: "live",
      scopes: ["read"],
    });
    await expect(verifyApiKey(key)).resolves.toEqual({
      keyId: apiKey.id,
      orgId,
      scopes: ["read"],
      createdBy: users.admin.sub,
    });
    await revokeApiKey(users.member, orgId, apiKey.id);
    await expect(verifyApiKey(key)).rejects.toMatchObject({ code: "invalid_api_key" });
  });

  it("refuses expired, unknown and malformed keys", async () => {
    const { apiKey, key } = await createApiKey(users.admin, {
      orgId,
      name: "soon",
      scopes: ["read"],
      expiresAt: new Date(Date.now() + 60_000),
    });
    await asServiceRole((tx) =>
      tx
        .updateTable("api_keys")
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where("id", "=", apiKey.id)
        .execute(),
    );
    await expect(verifyApiKey(key)).rejects.toMatchObject({ code: "invalid_api_key" });
    await expect(verifyApiKey("ls_live_" + "0".repeat(40))).rejects.toMatchObject({
      code: "invalid_api_key",
    });
    await expect(verifyApiKey("Bearer nonsense")).rejects.toMatchObject({
      code: "invalid_api_key",
    });
  });

  it("writes last_used_at at most once a minute", async () => {
    const { apiKey, key } = await createApiKey(users.admin, {
      orgId,
      name: "busy",
      scopes: ["read"],
    });
    const lastUsed = () =>
      asServiceRole((tx) =>
        tx
          .selectFrom("api_keys")
          .select("last_used_at")
          .where("id", "=", apiKey.id)
          .executeTakeFirstOrThrow(),
      );
    await verifyApiKey(key);
    const first = (await lastUsed()).last_used_at;
    expect(first).toBeInstanceOf(Date);
    await verifyApiKey(key);
    expect((await lastUsed()).last_used_at).toEqual(first);
    const old = new Date(Date.now() - 120_000);
    await asServiceRole((tx) =>
      tx.updateTable("api_keys").set({ last_used_at: old }).where("id", "=", apiKey.id).execute(),
    );
    await verifyApiKey(key);
    expect((await lastUsed()).last_used_at!.getTime()).toBeGreaterThan(old.getTime());
  });

  it("revoking a key of another organization is not found", async () => {
    await expect(
      revokeApiKey(users.admin, orgId, "00000000-0000-0000-0000-000000000000"),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
