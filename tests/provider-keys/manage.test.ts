import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decryptForOrg } from "@/lib/crypto";
import { asServiceRole } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createOrganization } from "@/lib/orgs";
import {
  checkProviderKey,
  listProviderKeys,
  orgKeyProviders,
  providersWithOwnKey,
  removeProviderKey,
  saveProviderKey,
} from "@/lib/provider-keys";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";
import { anthropicKeyOf, startFakeProviders, type FakeProviders } from "./fake-providers";

// An organization's own provider keys: sealed at rest, shown only as a hint, managed by admins,
// and checked with one call to the provider (here a loopback server speaking each API).
useTestDb();

const ANTHROPIC = "sk-ant-api03-team-own-key-AAAA1111";
const HUNTER = "hunter0team0own0key0bbbb2222";
const APOLLO = "apollo-team-own-key-cccc3333";
const REFUSED = "sk-ant-api03-revoked-key-DDDD4444";

let providers: FakeProviders;
let admin: TestUser;
let member: TestUser;
let stranger: TestUser;
let org: { id: string };

async function rawRows(orgId: string) {
  return asServiceRole((tx) =>
    tx.selectFrom("provider_keys").selectAll().where("org_id", "=", orgId).execute(),
  );
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

beforeAll(async () => {
  providers = await startFakeProviders([ANTHROPIC, HUNTER, APOLLO]);
  process.env.ANTHROPIC_BASE_URL = providers.url;
  process.env.HUNTER_BASE_URL = providers.url;
  process.env.APOLLO_BASE_URL = providers.url;
  resetEnvForTests();
  admin = await createUser("keys-admin");
  member = await createUser("keys-member");
  stranger = await createUser("keys-stranger");
  org = await createOrganization(admin.claims, { name: "Own Keys" });
  await createOrganization(stranger.claims, { name: "Stranger" });
  await asServiceRole((tx) =>
    tx
      .insertInto("team_members")
      .values({ org_id: org.id, user_id: member.id, role: "member" })
      .execute(),
  );
});
afterAll(async () => {
  await providers?.close();
  delete process.env.ANTHROPIC_BASE_URL;
  delete process.env.HUNTER_BASE_URL;
  delete process.env.APOLLO_BASE_URL;
  resetEnvForTests();
});

describe("provider keys", () => {
  it("stores the key sealed for the organization and answers with its hint only", async () => {
    const saved = await saveProviderKey(admin.claims, org.id, {
      provider: "anthropic",
      key: `  ${ANTHROPIC} `,
    });
    expect(saved).toMatchObject({ provider: "anthropic", hint: "…1111", lastCheckOk: null });
    expect(JSON.stringify(saved)).not.toContain(ANTHROPIC);

    const [row] = await rawRows(org.id);
    expect(row!.sealed_key).toMatch(/^enc:v1:/);
    expect(row!.sealed_key).not.toContain(ANTHROPIC);
    expect(row!.sealed_key).not.toContain(Buffer.from(ANTHROPIC).toString("base64url"));
    expect(decryptForOrg(org.id, row!.sealed_key)).toBe(ANTHROPIC);

    const listed = await listProviderKeys(admin.claims, org.id);
    expect(listed.map((k) => [k.provider, k.hint])).toEqual([["anthropic", "…1111"]]);
    expect(JSON.stringify(listed)).not.toContain(ANTHROPIC);

    const audit = await asServiceRole((tx) =>
      tx
        .selectFrom("audit_log")
        .select(["action", "metadata"])
        .where("org_id", "=", org.id)
        .where("action", "like", "provider_key.%")
        .execute(),
    );
    expect(audit.map((a) => a.action)).toEqual(["provider_key.saved"]);
    expect(JSON.stringify(audit)).not.toContain(ANTHROPIC);
  });

  it("refuses bad input with every field error and writes nothing", async () => {
    const err = await saveProviderKey(admin.claims, org.id, {
      provider: "openai",
      key: "x y",
    }).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(err?.code).toBe("validation_failed");
    expect(Object.keys(err?.fields ?? {}).sort()).toEqual(["key", "provider"]);
    expect(await rawRows(org.id)).toHaveLength(1);
  });

  it("lets only admins manage keys; members learn only which providers have one", async () => {
    expect(await codeOf(listProviderKeys(member.claims, org.id))).toBe("forbidden");
    expect(
      await codeOf(saveProviderKey(member.claims, org.id, { provider: "hunter", key: HUNTER })),
    ).toBe("forbidden");
    expect(await codeOf(checkProviderKey(member.claims, org.id, "anthropic"))).toBe("forbidden");
    expect(await codeOf(removeProviderKey(member.claims, org.id, "anthropic"))).toBe("forbidden");
    expect(await providersWithOwnKey(member.claims, org.id)).toEqual(["anthropic"]);
    // Another tenant's admin: the organization does not exist for them.
    expect(await codeOf(listProviderKeys(stranger.claims, org.id))).toBe("not_found");
    expect(await codeOf(providersWithOwnKey(stranger.claims, org.id))).toBe("not_found");
    // Under RLS a member reads no row at all, not even the hint.
    const { withUser } = await import("@/lib/db");
    const seen = await withUser(member.claims, (tx) =>
      tx.selectFrom("provider_keys").select("key_hint").execute(),
    );
    expect(seen).toEqual([]);
  });

  it("checks each provider's key with one authenticated call to that provider", async () => {
    await saveProviderKey(admin.claims, org.id, { provider: "hunter", key: HUNTER });
    await saveProviderKey(admin.claims, org.id, { provider: "apollo", key: APOLLO });
    providers.seen.length = 0;
    for (const provider of ["anthropic", "hunter", "apollo"] as const) {
      const result = await checkProviderKey(admin.claims, org.id, provider);
      expect(result, result.message).toMatchObject({ ok: true, provider });
    }
    expect(providers.seen.map((r) => r.path)).toEqual([
      "/v1/models",
      "/v2/account",
      "/api/v1/auth/health",
    ]);
    expect(anthropicKeyOf(providers.seen[0]!.headers)).toBe(ANTHROPIC);
    expect(providers.seen[1]!.query.get("api_key")).toBe(HUNTER);
    expect(providers.seen[2]!.headers["x-api-key"]).toBe(APOLLO);
    const listed = await listProviderKeys(admin.claims, org.id);
    expect(listed.every((k) => k.lastCheckOk === true && k.lastCheckedAt)).toBe(true);
  });

  it("shows a refused key with the provider's own message, never the key", async () => {
    await saveProviderKey(admin.claims, org.id, { provider: "anthropic", key: REFUSED });
    const anthropic = await checkProviderKey(admin.claims, org.id, "anthropic");
    expect(anthropic.ok).toBe(false);
    expect(anthropic.message).toBe("Anthropic refused the key (401): invalid x-api-key");

    await saveProviderKey(admin.claims, org.id, { provider: "hunter", key: `${HUNTER}-old` });
    const hunter = await checkProviderKey(admin.claims, org.id, "hunter");
    expect(hunter.message).toBe(
      "Hunter refused the key (401): No user found for the API key supplied",
    );
    await saveProviderKey(admin.claims, org.id, { provider: "apollo", key: `${APOLLO}-old` });
    const apollo = await checkProviderKey(admin.claims, org.id, "apollo");
    expect(apollo.message).toBe("Apollo refused the key (401): Invalid access credentials.");

    const rows = await rawRows(org.id);
    expect(rows.every((r) => r.last_check_ok === false)).toBe(true);
    const everything = JSON.stringify([
      anthropic,
      hunter,
      apollo,
      rows.map((r) => r.last_check_message),
    ]);
    for (const key of [REFUSED, `${HUNTER}-old`, `${APOLLO}-old`])
      expect(everything).not.toContain(key);
  });

  it("removes a key; the organization is back on the platform's", async () => {
    await removeProviderKey(admin.claims, org.id, "apollo");
    expect(await orgKeyProviders(org.id)).not.toContain("apollo");
    expect(await codeOf(removeProviderKey(admin.claims, org.id, "apollo"))).toBe("not_found");
    expect(await codeOf(checkProviderKey(admin.claims, org.id, "apollo"))).toBe("not_found");
    expect(await codeOf(removeProviderKey(admin.claims, org.id, "nope"))).toBe("validation_failed");
  });
});
