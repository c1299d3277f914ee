import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { ACCESS_COOKIE, memoryCookieJar, REFRESH_COOKIE } from "@/lib/auth";
import { asServiceRole, withUser } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { unique, useTestDb } from "../helpers/db";
import { PASSWORD, signUpConfirmed, testLocalEngine } from "./helpers";

useTestDb();

const usersWithEmail = (email: string) =>
  asServiceRole((tx) =>
    tx.selectFrom("auth.users").select("id").where("email", "=", email).execute(),
  );

async function expectValidation(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe("validation_failed");
  expect((err as AppError).status).toBe(422);
  return err as AppError;
}

describe("local sign-up", () => {
  it("creates the user, then on confirmation a personal organization with the free plan and a session", async () => {
    const { engine } = testLocalEngine();
    const jar = memoryCookieJar();
    const email = `${unique("ada")}@example.com`;
    const session = await signUpConfirmed(
      engine,
      { email: email.toUpperCase(), password: PASSWORD, fullName: "Ada Lovelace" },
      jar,
    );

    expect(session.user.email).toBe(email);
    expect(session.provider).toBe("local");
    expect(session.claims).toMatchObject({
      sub: session.user.id,
      email,
      role: "authenticated",
      aud: "authenticated",
      app_metadata: { provider: "email" },
      user_metadata: { full_name: "Ada Lovelace" },
    });
    expect(session.claims.exp! - session.claims.iat!).toBe(15 * 60);
    expect(typeof session.claims.session_id).toBe("string");

    for (const name of [ACCESS_COOKIE, REFRESH_COOKIE]) {
      expect(jar.get(name)).toBeTruthy();
      expect(jar.options.get(name)).toMatchObject({
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        secure: false,
      });
    }
    expect(jar.options.get(REFRESH_COOKIE)?.maxAge).toBe(7 * 24 * 60 * 60);

    const stored = await asServiceRole((tx) =>
      tx
        .selectFrom("auth.users")
        .select("encrypted_password")
        .where("id", "=", session.user.id)
        .executeTakeFirstOrThrow(),
    );
    expect(stored.encrypted_password).toMatch(/^\$argon2id\$/);
    expect(stored.encrypted_password).not.toContain(PASSWORD);

    // What the person sees through RLS, as themselves: their org, as admin, with its credits.
    const view = await withUser(session.claims, async (tx) => {
      const profile = await tx
        .selectFrom("profiles")
        .selectAll()
        .where("id", "=", session.user.id)
        .executeTakeFirstOrThrow();
      const orgs = await tx.selectFrom("organizations").select(["id", "name", "slug"]).execute();
      const roles = await tx
        .selectFrom("team_members")
        .select(["org_id", "role"])
        .where("user_id", "=", session.user.id)
        .execute();
      const sub = await tx
        .selectFrom("subscriptions")
        .select(["plan", "monthly_credits"])
        .executeTakeFirst();
      const credits = await tx.selectFrom("credits").select("balance").executeTakeFirst();
      return { profile, orgs, roles, sub, credits };
    });
    expect(view.orgs).toHaveLength(1);
    const org = view.orgs[0]!;
    expect(org.name).toBe("Ada Lovelace's organization");
    expect(org.slug).toMatch(/^ada-lovelaces-organization-[a-z0-9]{6}$/);
    expect(view.profile.current_org_id).toBe(org.id);
    expect(view.profile.full_name).toBe("Ada Lovelace");
    expect(view.roles).toEqual([{ org_id: org.id, role: "admin" }]);
    expect(view.sub?.plan).toBe("free");
    expect(view.credits?.balance).toBe(view.sub?.monthly_credits);
    expect(view.credits!.balance).toBeGreaterThan(0);
  });

  it("refuses a short password and a malformed email together, writing nothing", async () => {
    const { engine } = testLocalEngine();
    const jar = memoryCookieJar();
    const err = await expectValidation(
      engine.signUp({ email: "not-an-email", password: "short" }, jar),
    );
    expect(Object.keys(err.fields ?? {}).sort()).toEqual(["email", "password"]);
    expect(err.fields?.password?.[0]).toMatch(/at least 10 characters/);
    expect(err.fields?.email?.[0]).toMatch(/valid email/);
    expect(await usersWithEmail("not-an-email")).toHaveLength(0);
    expect(jar.getAll()).toEqual([]);
  });

  it("accepts exactly 10 characters but not 9", async () => {
    const { engine } = testLocalEngine();
    const email = `${unique("nine")}@example.com`;
    const err = await expectValidation(
      engine.signUp({ email, password: "123456789" }, memoryCookieJar()),
    );
    expect(Object.keys(err.fields ?? {})).toEqual(["password"]);
    expect(await usersWithEmail(email)).toHaveLength(0);
    const answer = await engine.signUp({ email, password: "1234567890" }, memoryCookieJar());
    expect(answer).toEqual({ session: null, confirmationSent: true });
    expect(await usersWithEmail(email)).toHaveLength(1);
  });

  it("answers a taken email (in any letter case) as a new one, leaving one account", async () => {
    const { engine } = testLocalEngine();
    const email = `${unique("taken")}@example.com`;
    await signUpConfirmed(engine, { email, password: PASSWORD });
    const orgsBefore = await asServiceRole((tx) =>
      tx
        .selectFrom("organizations")
        .select(sql<number>`count(*)`.as("n"))
        .executeTakeFirstOrThrow(),
    );

    const jar = memoryCookieJar();
    const answer = await engine.signUp(
      { email: email.toUpperCase(), password: `${PASSWORD}!` },
      jar,
    );
    expect(answer).toEqual({ session: null, confirmationSent: true });
    expect(await usersWithEmail(email)).toHaveLength(1);
    expect(jar.getAll()).toEqual([]);
    const orgsAfter = await asServiceRole((tx) =>
      tx
        .selectFrom("organizations")
        .select(sql<number>`count(*)`.as("n"))
        .executeTakeFirstOrThrow(),
    );
    expect(orgsAfter.n).toBe(orgsBefore.n);
  });

  it("gives each sign-up its own organization that the other cannot see", async () => {
    const { engine } = testLocalEngine();
    const a = await signUpConfirmed(engine, {
      email: `${unique("a")}@example.com`,
      password: PASSWORD,
    });
    const b = await signUpConfirmed(engine, {
      email: `${unique("b")}@example.com`,
      password: PASSWORD,
    });
    const orgsOf = (claims: typeof a.claims) =>
      withUser(claims, (tx) => tx.selectFrom("organizations").select("id").execute());
    const [aOrgs, bOrgs] = [await orgsOf(a.claims), await orgsOf(b.claims)];
    expect(aOrgs).toHaveLength(1);
    expect(bOrgs).toHaveLength(1);
    expect(aOrgs[0]!.id).not.toBe(bOrgs[0]!.id);
  });
});
