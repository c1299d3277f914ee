import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey, hashApiKey, revokeApiKey } from "@/lib/api-keys";
import { apiKeyClaims, asServiceRole, getDb, readAsUser } from "@/lib/db";
import { createOrganization } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";

// readAsUser writes a whole transaction (begin, the user's set-up, one query, commit) at once on
// Postgres; on PGlite it is an ordinary transaction. Either way it must read exactly what
// withUser would: the caller's rows under RLS, a refused key refused, and a failure leaving the
// connection clean for the next caller.
useTestDb();

let alice: TestUser;
let bob: TestUser;
let aliceOrg: string;
let bobOrg: string;

const leadsOf = async (claims: TestUser["claims"]) =>
  (
    await readAsUser(
      claims,
      (await getDb()).selectFrom("scraped_leads").select(["org_id", "name"]).orderBy("name"),
    )
  ).map((r) => `${r.org_id === aliceOrg ? "alice" : "bob"}:${r.name}`);

beforeAll(async () => {
  alice = await createUser("read-once-a");
  bob = await createUser("read-once-b");
  aliceOrg = (await createOrganization(alice.claims, { name: "A Co" })).id;
  bobOrg = (await createOrganization(bob.claims, { name: "B Co" })).id;
  await asServiceRole((tx) =>
    tx
      .insertInto("scraped_leads")
      .values([
        { org_id: aliceOrg, dedupe_key: "a1", name: "Ann" },
        { org_id: bobOrg, dedupe_key: "b1", name: "Ben" },
      ])
      .execute(),
  );
});

describe("readAsUser", () => {
  it("reads what the user may see, and only that", async () => {
    expect(await leadsOf(alice.claims)).toEqual(["alice:Ann"]);
    expect(await leadsOf(bob.claims)).toEqual(["bob:Ben"]);
  });

  it("reads as an API key's creator while the key is valid, and refuses it once revoked", async () => {
    const { key, apiKey } = await createApiKey(alice.claims, {
      orgId: aliceOrg,
      name: "read once",
      scopes: ["read"],
    });
    const asKey = () => apiKeyClaims(alice.claims.sub, { keyHash: hashApiKey(key), scope: "read" });
    const first = asKey();
    expect(await leadsOf(first.claims)).toEqual(["alice:Ann"]);
    expect(first.session.verified).toBe(true);
    await expect(
      leadsOf(apiKeyClaims(alice.claims.sub, { keyHash: hashApiKey(key), scope: "write" }).claims),
    ).rejects.toMatchObject({ code: "insufficient_scope" });
    await revokeApiKey(alice.claims, aliceOrg, apiKey.id);
    const after = asKey();
    await expect(leadsOf(after.claims)).rejects.toMatchObject({ code: "invalid_api_key" });
    expect(after.session.verified).toBe(false);
  });

  it("fails a failing query alone: the next read on the pool is not in a broken transaction", async () => {
    const db = await getDb();
    for (let i = 0; i < 3; i++) {
      await expect(
        readAsUser(alice.claims, db.selectNoFrom(sql<number>`1 / ${0}::int`.as("x"))),
      ).rejects.toThrow(/division by zero/);
      expect(await leadsOf(alice.claims)).toEqual(["alice:Ann"]);
    }
    // And nothing of a read-once transaction outlives it: role and claims are back to none.
    const { rows } = await sql<{
      claims: string | null;
    }>`select nullif(current_setting('request.jwt.claims', true), '') as claims`.execute(db);
    expect(rows[0]!.claims).toBeNull();
  });
});
