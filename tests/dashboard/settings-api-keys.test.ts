import { beforeAll, describe, expect, it, vi } from "vitest";
import { API_KEY_PATTERN, listApiKeys, verifyApiKey } from "@/lib/api-keys";
import { useTestDb } from "../helpers/db";
import { createTestOrg, mockSession, signedIn, type TestOrg } from "./settings-session";

vi.mock("@/lib/auth", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth")>()),
  requireSession: mockSession,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createApiKeyAction, revokeApiKeyAction } = await import("@/lib/api-keys/actions");

useTestDb();

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg("Keys Org");
});

describe("API key settings actions", () => {
  it("creates a key for a member, returning the working plaintext once", async () => {
    signedIn.user = org.member;
    const result = await createApiKeyAction({
      orgId: org.orgId,
      name: "  CRM sync ",
      scopes: ["read", "write", "read"],
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.key).toMatch(API_KEY_PATTERN);
    expect(result.data.name).toBe("CRM sync");
    const principal = await verifyApiKey(result.data.key);
    expect(principal).toMatchObject({ orgId: org.orgId, scopes: ["read", "write"] });
    const listed = await listApiKeys(org.admin.claims, org.orgId);
    expect(JSON.stringify(listed)).not.toContain(result.data.key);
  });

  it("returns every field error at once and writes nothing", async () => {
    signedIn.user = org.admin;
    const before = (await listApiKeys(org.admin.claims, org.orgId)).length;
    const result = await createApiKeyAction({
      orgId: org.orgId,
      name: "   ",
      scopes: [],
      expiresAt: new Date(Date.now() - 86_400_000),
    });
    expect(result).toMatchObject({ ok: false, error: { code: "validation_failed" } });
    if (result.ok) return;
    expect(Object.keys(result.error.fields ?? {}).sort()).toEqual(["expiresAt", "name", "scopes"]);
    expect(result.error.fields?.scopes).toEqual(["Choose at least one scope"]);
    expect((await listApiKeys(org.admin.claims, org.orgId)).length).toBe(before);
  });

  it("refuses a viewer's create and revoke, leaving the key working", async () => {
    signedIn.user = org.admin;
    const made = await createApiKeyAction({ orgId: org.orgId, name: "Guarded", scopes: ["read"] });
    if (!made.ok) throw new Error(made.error.message);

    signedIn.user = org.viewer;
    const create = await createApiKeyAction({ orgId: org.orgId, name: "Mine", scopes: ["read"] });
    expect(create).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const revoke = await revokeApiKeyAction({ orgId: org.orgId, keyId: made.data.id });
    expect(revoke).toMatchObject({ ok: false, error: { code: "forbidden" } });
    await expect(verifyApiKey(made.data.key)).resolves.toMatchObject({ orgId: org.orgId });
    const names = (await listApiKeys(org.admin.claims, org.orgId)).map((k) => k.name);
    expect(names).not.toContain("Mine");
  });

  it("revokes for a member; the key stops working; a malformed id is a field error", async () => {
    signedIn.user = org.admin;
    const made = await createApiKeyAction({ orgId: org.orgId, name: "Old", scopes: ["read"] });
    if (!made.ok) throw new Error(made.error.message);

    signedIn.user = org.member;
    const revoked = await revokeApiKeyAction({ orgId: org.orgId, keyId: made.data.id });
    expect(revoked).toMatchObject({ ok: true, data: { id: made.data.id } });
    await expect(verifyApiKey(made.data.key)).rejects.toMatchObject({ code: "invalid_api_key" });

    const bad = await revokeApiKeyAction({ orgId: org.orgId, keyId: "not-a-key" });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: "validation_failed", fields: { keyId: ["API key not found"] } },
    });
  });
});
