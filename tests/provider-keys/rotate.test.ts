import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { secretsRotate } from "@/lib/cli/commands/secrets-rotate";
import { buildKeyring, decryptForOrg, resetKeyringForTests, sealedKeyId } from "@/lib/crypto";
import { asServiceRole } from "@/lib/db";
import { createOrganization } from "@/lib/orgs";
import { orgProviderKey, saveProviderKey } from "@/lib/provider-keys";
import { useTestDb } from "../helpers/db";
import { createUser } from "../orgs/fixtures";

// `pnpm cli secrets rotate` re-seals provider keys too: after it, the old ENCRYPTION_KEY can go
// and the organization's key still opens.
const OLD_KEY = "old-encryption-key-for-provider-keys-000000";
const NEW_KEY = "new-encryption-key-for-provider-keys-111111";
vi.hoisted(() => {
  process.env.ENCRYPTION_KEY = "old-encryption-key-for-provider-keys-000000";
  delete process.env.ENCRYPTION_KEY_PREVIOUS;
});
useTestDb();

function useKeys(current: string, previous?: string): void {
  process.env.ENCRYPTION_KEY = current;
  if (previous) process.env.ENCRYPTION_KEY_PREVIOUS = previous;
  else delete process.env.ENCRYPTION_KEY_PREVIOUS;
  resetKeyringForTests();
}

const KEY = "hunter-key-to-survive-rotation-9876";
let orgId: string;

beforeAll(async () => {
  useKeys(OLD_KEY);
  const admin = await createUser("rotate-admin");
  orgId = (await createOrganization(admin.claims, { name: "Rotating" })).id;
  await saveProviderKey(admin.claims, orgId, { provider: "hunter", key: KEY });
});
afterAll(() => useKeys(OLD_KEY));

// `secrets rotate` re-seals every secret in the database, so this needs a database of its own: it
// runs on the per-file PGlite of `pnpm test`, not on the Postgres that `pnpm test:pg` files share.
describe.skipIf(Boolean(process.env.DATABASE_URL))("secrets rotate", () => {
  it("re-seals provider keys under the new key, so the old one can be dropped", async () => {
    useKeys(NEW_KEY, OLD_KEY);
    const report = (await secretsRotate([])) as { provider_keys: { resealed: number } };
    expect(report.provider_keys).toEqual({ resealed: 1, failed: 0 });
    const { sealed_key } = await asServiceRole((tx) =>
      tx
        .selectFrom("provider_keys")
        .select("sealed_key")
        .where("org_id", "=", orgId)
        .executeTakeFirstOrThrow(),
    );
    expect(sealedKeyId(sealed_key)).toBe(buildKeyring(NEW_KEY).current.kid);
    useKeys(NEW_KEY);
    expect(decryptForOrg(orgId, sealed_key)).toBe(KEY);
    expect(await orgProviderKey(orgId, "hunter")).toBe(KEY);
  });
});
