import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { secretsRotate } from "@/lib/cli/commands/secrets-rotate";
import { crmSessionFor } from "@/lib/crm/connection";
import { buildKeyring, resetKeyringForTests, sealedKeyId } from "@/lib/crypto";
import { asServiceRole } from "@/lib/db";
import { createOrganization } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser } from "../orgs/fixtures";
import type { HubSpotServer } from "@/tests/fakes/hubspot/server";
import { connectHubSpot, startHubSpot } from "./world";

// HubSpot tokens follow ENCRYPTION_KEY rotation: `pnpm cli secrets rotate` re-seals them under
// the new key, and they still open (and work) afterwards.

const OLD_KEY = "old-encryption-key-for-crm-tests-00000000000";
const NEW_KEY = "new-encryption-key-for-crm-tests-11111111111";
vi.hoisted(() => {
  process.env.ENCRYPTION_KEY = "old-encryption-key-for-crm-tests-00000000000";
  delete process.env.ENCRYPTION_KEY_PREVIOUS;
});
useTestDb();

let hs: HubSpotServer;
beforeAll(async () => {
  resetKeyringForTests();
  hs = await startHubSpot();
}, 60_000);
afterAll(async () => hs?.stop());

// `secrets rotate` re-seals every secret in the database, so this needs a database of its own: it
// runs on the per-file PGlite of `pnpm test`, not on the Postgres that `pnpm test:pg` files share.
describe.skipIf(Boolean(process.env.DATABASE_URL))("secrets rotate", () => {
  it("re-seals CRM tokens under the new key, and they still open", async () => {
    const admin = await createUser("rotate-admin");
    const orgId = (await createOrganization(admin.claims, { name: "Rotate Co" })).id;
    await connectHubSpot(admin.claims, orgId);
    const kids = async () => {
      const row = await asServiceRole((tx) =>
        tx
          .selectFrom("crm_connections")
          .select(["access_token", "refresh_token"])
          .where("org_id", "=", orgId)
          .executeTakeFirstOrThrow(),
      );
      return [sealedKeyId(row.access_token), sealedKeyId(row.refresh_token)];
    };
    expect(await kids()).toEqual([
      buildKeyring(OLD_KEY).current.kid,
      buildKeyring(OLD_KEY).current.kid,
    ]);

    process.env.ENCRYPTION_KEY = NEW_KEY;
    process.env.ENCRYPTION_KEY_PREVIOUS = OLD_KEY;
    resetKeyringForTests();
    const report = (await secretsRotate([])) as { crm: { resealed: number; failed: number } };
    expect(report.crm).toEqual({ resealed: 1, failed: 0 });
    const newKid = buildKeyring(NEW_KEY).current.kid;
    expect(await kids()).toEqual([newKid, newKid]);

    // Only the new key now: the tokens open and HubSpot accepts the access token.
    delete process.env.ENCRYPTION_KEY_PREVIOUS;
    resetKeyringForTests();
    const session = await crmSessionFor(orgId, "hubspot");
    expect(hs.issuedTokens).toContain(session.accessToken);
  });
});
