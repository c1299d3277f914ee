import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSupabaseEngine,
  engineFromEnv,
  memoryCookieJar,
  type CookieJar,
  type Session,
} from "@/lib/auth";
import { asServiceRole, withUser } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { unique, useTestDb } from "../helpers/db";
import { startFakeGoTrue, type FakeGoTrue } from "./fake-gotrue";
import { PASSWORD } from "./helpers";

useTestDb();

let gotrue: FakeGoTrue;
beforeAll(async () => {
  gotrue = await startFakeGoTrue();
});
afterAll(async () => {
  await gotrue?.close();
});

const engine = () => createSupabaseEngine({ url: gotrue.url, anonKey: "test-anon-key" });
const copyOf = (jar: CookieJar) =>
  memoryCookieJar(Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])));
const callsSince = (mark: number) => gotrue.requests.slice(mark);

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

async function supabaseSignUp(name = "sb") {
  const jar = memoryCookieJar();
  const email = `${unique(name)}@example.com`;
  const result = await engine().signUp(
    { email, password: PASSWORD, fullName: "Grace Hopper" },
    jar,
  );
  if (!result.session) throw new Error("expected a session");
  return { jar, email, session: result.session };
}

describe("engine selection", () => {
  it("uses Supabase exactly when NEXT_PUBLIC_SUPABASE_URL is set", () => {
    expect(engineFromEnv({}).provider).toBe("local");
    expect(
      engineFromEnv({ NEXT_PUBLIC_SUPABASE_URL: gotrue.url, NEXT_PUBLIC_SUPABASE_ANON_KEY: "k" })
        .provider,
    ).toBe("supabase");
    expect(() => engineFromEnv({ NEXT_PUBLIC_SUPABASE_URL: gotrue.url })).toThrow(/ANON_KEY/);
  });
});

describe("Supabase Auth through @supabase/ssr", () => {
  it("signs up over the GoTrue API and stores the session in @supabase/ssr cookies", async () => {
    const mark = gotrue.requests.length;
    const { jar, email, session } = await supabaseSignUp();
    expect(callsSince(mark)).toEqual(
      expect.arrayContaining(["POST /auth/v1/signup", "GET /auth/v1/user"]),
    );
    expect(session.provider).toBe("supabase");
    expect(session.user.email).toBe(email);
    expect(session.claims).toMatchObject({
      sub: session.user.id,
      role: "authenticated",
      aud: "authenticated",
      email,
      iss: `${gotrue.url}/auth/v1`,
      user_metadata: { full_name: "Grace Hopper" },
    });
    expect(
      jar
        .getAll()
        .map((c) => c.name)
        .some((n) => n.startsWith("sb-") && n.includes("auth-token")),
    ).toBe(true);

    // A later request with the same cookies gets the same, server-verified user.
    const again = await engine().readSession(copyOf(jar));
    expect(again?.user.id).toBe(session.user.id);
  });

  it("runs the Supabase session's queries under the same RLS: own organization, not another's", async () => {
    const a = await supabaseSignUp("sb-a");
    const b = await supabaseSignUp("sb-b");
    const seen = (s: Session) =>
      withUser(s.claims, async (tx) => ({
        orgs: await tx.selectFrom("organizations").select(["id", "name"]).execute(),
        roles: await tx.selectFrom("team_members").select(["org_id", "role"]).execute(),
        credits: await tx.selectFrom("credits").select(["org_id", "balance"]).execute(),
        profile: await tx
          .selectFrom("profiles")
          .select(["current_org_id", "full_name"])
          .where("id", "=", s.user.id)
          .executeTakeFirst(),
      }));
    const [va, vb] = [await seen(a.session), await seen(b.session)];
    expect(va.orgs).toHaveLength(1);
    expect(vb.orgs).toHaveLength(1);
    const [orgA, orgB] = [va.orgs[0]!, vb.orgs[0]!];
    expect(orgA.id).not.toBe(orgB.id);
    expect(orgA.name).toBe("Grace Hopper's organization");
    expect(va.roles).toEqual([{ org_id: orgA.id, role: "admin" }]);
    expect(va.credits.map((c) => c.org_id)).toEqual([orgA.id]);
    expect(va.profile).toEqual({ current_org_id: orgA.id, full_name: "Grace Hopper" });

    // Reaching into the other tenant: reads find nothing, writes are refused by the database.
    const reach = await withUser(a.session.claims, (tx) =>
      tx.selectFrom("organizations").select("id").where("id", "=", orgB.id).execute(),
    );
    expect(reach).toEqual([]);
    await expect(
      withUser(a.session.claims, (tx) =>
        tx
          .insertInto("scraping_jobs")
          .values({ org_id: orgB.id, created_by: a.session.user.id, type: "single" })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const own = await withUser(a.session.claims, (tx) =>
      tx
        .insertInto("scraping_jobs")
        .values({ org_id: orgA.id, created_by: a.session.user.id, type: "single" })
        .returning("org_id")
        .execute(),
    );
    expect(own).toEqual([{ org_id: orgA.id }]);
  });

  it("signs in with a password and refreshes an expiring token through the refresh grant", async () => {
    const { email, session: first } = await supabaseSignUp("sb-refresh");
    const wrong = await rejection(
      engine().signIn({ email, password: "not the password" }, memoryCookieJar()),
    );
    expect(wrong.code).toBe("unauthenticated");

    gotrue.accessTtlSeconds = 30; // inside supabase-js's expiry margin: the next read refreshes
    try {
      const jar = memoryCookieJar();
      let mark = gotrue.requests.length;
      const signedIn = await engine().signIn({ email, password: PASSWORD }, jar);
      expect(callsSince(mark)).toContain("POST /auth/v1/token?grant_type=password");
      expect(signedIn.user.id).toBe(first.user.id);
      const before = JSON.stringify(jar.getAll());

      mark = gotrue.requests.length;
      const renewed = await engine().refreshSession(jar);
      expect(callsSince(mark)).toContain("POST /auth/v1/token?grant_type=refresh_token");
      expect(renewed?.user.id).toBe(first.user.id);
      expect(renewed?.claims.session_id).toBe(signedIn.claims.session_id);
      expect(JSON.stringify(jar.getAll())).not.toBe(before);
      const orgs = await withUser(renewed!.claims, (tx) =>
        tx.selectFrom("organizations").select("id").execute(),
      );
      expect(orgs).toHaveLength(1);
    } finally {
      gotrue.accessTtlSeconds = 3600;
    }
  });

  it("signs out at the server: the cookies go and a kept copy no longer verifies", async () => {
    const { jar } = await supabaseSignUp("sb-out");
    const kept = copyOf(jar);
    const mark = gotrue.requests.length;
    await engine().signOut(jar);
    expect(callsSince(mark).some((r) => r.startsWith("POST /auth/v1/logout"))).toBe(true);
    expect(jar.getAll().filter((c) => c.name.startsWith("sb-"))).toEqual([]);
    expect(await engine().readSession(jar)).toBeNull();
    expect(await engine().readSession(kept)).toBeNull();
  });

  it("treats tampered cookies as signed out", async () => {
    const { jar, session } = await supabaseSignUp("sb-tamper");
    const other = await supabaseSignUp("sb-victim");
    const cookie = jar.getAll().find((c) => /^sb-[^-]+-auth-token$/.test(c.name));
    expect(cookie?.value.startsWith("base64-")).toBe(true);
    const stored = JSON.parse(
      Buffer.from(cookie!.value.slice(7), "base64url").toString("utf8"),
    ) as { access_token: string };
    const reencode = (accessToken: string) =>
      memoryCookieJar({
        [cookie!.name]:
          `base64-${Buffer.from(JSON.stringify({ ...stored, access_token: accessToken })).toString("base64url")}`,
      });

    // Claims rewritten to another user (signature no longer matches), and a token from another key.
    const [h, , sig] = stored.access_token.split(".");
    const forgedClaims = Buffer.from(
      JSON.stringify({ ...session.claims, sub: other.session.user.id }),
    ).toString("base64url");
    const foreignKey = await new SignJWT({ ...session.claims })
      .setProtectedHeader({ alg: "HS256" })
      .sign(new TextEncoder().encode("k".repeat(40)));
    for (const token of [`${h}.${forgedClaims}.${sig}`, foreignKey]) {
      expect(await engine().readSession(reencode(token))).toBeNull();
    }
    expect(await engine().readSession(reencode(stored.access_token))).not.toBeNull(); // the untouched control
    expect(await engine().readSession(memoryCookieJar({ [cookie!.name]: "garbage" }))).toBeNull();
  });

  it("reports a taken email, a short password and a malformed email as field errors, writing nothing", async () => {
    const { email } = await supabaseSignUp("sb-taken");
    const taken = await rejection(
      engine().signUp({ email, password: PASSWORD }, memoryCookieJar()),
    );
    expect(taken.status).toBe(422);
    expect(taken.fields).toEqual({ email: ["An account with this email already exists"] });

    const mark = gotrue.requests.length;
    const bad = await rejection(
      engine().signUp({ email: "nope@", password: "short" }, memoryCookieJar()),
    );
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(["email", "password"]);
    expect(callsSince(mark)).toEqual([]); // refused before anything reached Supabase
    const rows = await asServiceRole((tx) =>
      tx.selectFrom("auth.users").select("id").where("email", "=", email).execute(),
    );
    expect(rows).toHaveLength(1);
  });

  it("with email confirmation on, a taken address gets the same answer as a new one (item 14)", async () => {
    const { email } = await supabaseSignUp("sb-enum");
    gotrue.autoconfirm = false;
    try {
      const fresh = `${unique("sb-enum-new")}@example.com`;
      const answers = [
        await engine().signUp({ email: fresh, password: PASSWORD }, memoryCookieJar()),
        await engine().signUp({ email, password: "another password!" }, memoryCookieJar()),
      ];
      expect(answers).toEqual([
        { session: null, confirmationSent: true },
        { session: null, confirmationSent: true },
      ]);
    } finally {
      gotrue.autoconfirm = true;
    }
  });

  it("with email confirmation on, the organization is created at the first sign-in", async () => {
    gotrue.autoconfirm = false;
    try {
      const email = `${unique("sb-confirm")}@example.com`;
      const result = await engine().signUp({ email, password: PASSWORD }, memoryCookieJar());
      expect(result).toEqual({ session: null, confirmationSent: true });
      const early = await rejection(
        engine().signIn({ email, password: PASSWORD }, memoryCookieJar()),
      );
      expect(early.code).toBe("forbidden");

      await gotrue.confirmEmail(email);
      const session = await engine().signIn({ email, password: PASSWORD }, memoryCookieJar());
      const orgs = await withUser(session.claims, (tx) =>
        tx.selectFrom("organizations").select("name").execute(),
      );
      expect(orgs.map((o) => o.name)).toEqual([`${email.split("@")[0]}'s organization`]);
      // Signing in again does not make a second one.
      await engine().signIn({ email, password: PASSWORD }, memoryCookieJar());
      expect(
        await withUser(session.claims, (tx) =>
          tx.selectFrom("organizations").select("id").execute(),
        ),
      ).toHaveLength(1);
    } finally {
      gotrue.autoconfirm = true;
    }
  });
});
