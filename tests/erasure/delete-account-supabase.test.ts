import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSupabaseEngine, memoryCookieJar, setAuthEngine } from "@/lib/auth";
import { asServiceRole } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deleteAccount } from "@/lib/erasure";
import { startFakeGoTrue, SERVICE_ROLE_KEY, type FakeGoTrue } from "../auth/fake-gotrue";
import { PASSWORD } from "../auth/helpers";
import { unique, useTestDb } from "../helpers/db";

useTestDb();

let gotrue: FakeGoTrue;
beforeAll(async () => {
  gotrue = await startFakeGoTrue();
});
afterAll(async () => {
  setAuthEngine(undefined);
  await gotrue?.close();
});

const engine = (serviceRoleKey?: string) =>
  createSupabaseEngine({ url: gotrue.url, anonKey: "test-anon-key", serviceRoleKey });

async function signedUp() {
  const jar = memoryCookieJar();
  const email = `${unique("sbdel")}@example.com`;
  const { session } = await engine().signUp({ email, password: PASSWORD }, jar);
  if (!session) throw new Error("expected a session");
  return { jar, email, session };
}

const userExists = (id: string) =>
  asServiceRole((tx) =>
    tx.selectFrom("auth.users").select("id").where("id", "=", id).executeTakeFirst(),
  ).then(Boolean);

describe("deleting an account with Supabase Auth", () => {
  it("removes the user through Auth's admin API and ends the session", async () => {
    setAuthEngine(engine(SERVICE_ROLE_KEY));
    const { jar, email, session } = await signedUp();
    const kept = memoryCookieJar(Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])));
    const mark = gotrue.requests.length;
    await deleteAccount(session.claims, { confirm: email }, jar);
    expect(gotrue.requests.slice(mark)).toContain(`DELETE /auth/v1/admin/users/${session.user.id}`);
    expect(await userExists(session.user.id)).toBe(false);
    expect(await engine().readSession(kept)).toBeNull();
  });

  it("says what is missing when the installation has no service role key", async () => {
    setAuthEngine(engine());
    const { email, session } = await signedUp();
    const err = await deleteAccount(session.claims, { confirm: email }, memoryCookieJar()).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(err).toBeInstanceOf(AppError);
    expect(err?.message).toMatch(/SUPABASE_SERVICE_ROLE_KEY/);
    // Checked before anything went: the personal organization is still there.
    expect(await userExists(session.user.id)).toBe(true);
    const orgs = await asServiceRole((tx) =>
      tx
        .selectFrom("team_members")
        .select("org_id")
        .where("user_id", "=", session.user.id)
        .execute(),
    );
    expect(orgs).toHaveLength(1);
  });
});
