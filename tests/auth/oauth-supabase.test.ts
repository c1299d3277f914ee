import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSupabaseEngine, memoryCookieJar, type CookieJar } from "@/lib/auth";
import { asServiceRole } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { unique, useTestDb } from "../helpers/db";
import { startFakeGoTrue, type FakeGoTrue } from "./fake-gotrue";

useTestDb();

let gotrue: FakeGoTrue;
beforeAll(async () => {
  gotrue = await startFakeGoTrue();
});
afterAll(async () => {
  await gotrue?.close();
});

const APP_URL = "http://localhost:3000";
const engine = () => createSupabaseEngine({ url: gotrue.url, anonKey: "test-anon-key" });

/** signInWithOAuth's URL, followed as the browser would: GoTrue → provider → /auth/callback. */
async function providerRedirect(jar: CookieJar, next?: string): Promise<URL> {
  const url = await engine().startProviderSignIn("github", jar, { appUrl: APP_URL, next });
  expect(url.href.startsWith(`${gotrue.url}/auth/v1/authorize?`)).toBe(true);
  expect(url.searchParams.get("provider")).toBe("github");
  expect(url.searchParams.get("code_challenge_method")).toBe("s256");
  const res = await fetch(url, { redirect: "manual" });
  return new URL(res.headers.get("location")!);
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe("sign-in with a provider through Supabase Auth", () => {
  it("exchanges the callback's code for a session and gives a new user their organization", async () => {
    const email = `${unique("sbo")}@example.com`;
    gotrue.oauthUser = { email, name: "Linus" };
    const jar = memoryCookieJar();
    const callback = await providerRedirect(jar, "/jobs/new");
    expect(callback.origin + callback.pathname).toBe(`${APP_URL}/auth/callback`);

    const { session, next } = await engine().finishProviderSignIn(null, callback, jar);
    expect(session.user.email).toBe(email);
    expect(session.provider).toBe("supabase");
    expect(next).toBe("/jobs/new");
    // The session is in the cookies: a later request reads it back.
    expect((await engine().readSession(jar))?.user.id).toBe(session.user.id);
    const orgs = await asServiceRole((tx) =>
      tx
        .selectFrom("team_members as tm")
        .innerJoin("organizations as o", "o.id", "tm.org_id")
        .select(["o.name", "tm.role"])
        .where("tm.user_id", "=", session.user.id)
        .execute(),
    );
    expect(orgs).toEqual([{ name: "Linus's organization", role: "admin" }]);
  });

  it("refuses a code spent already, a code without this browser's verifier, and a missing code", async () => {
    gotrue.oauthUser = { email: `${unique("sbr")}@example.com` };
    const jar = memoryCookieJar();
    const callback = await providerRedirect(jar);
    const before = Object.fromEntries(jar.getAll().map((c) => [c.name, c.value]));
    await engine().finishProviderSignIn(null, callback, jar);
    expect(
      (await refusal(engine().finishProviderSignIn(null, callback, memoryCookieJar(before)))).code,
    ).toBe("unauthenticated");

    const other = await providerRedirect(memoryCookieJar());
    expect(
      (await refusal(engine().finishProviderSignIn(null, other, memoryCookieJar()))).code,
    ).toBe("unauthenticated");
    const bare = new URL(`${APP_URL}/auth/callback?error=access_denied`);
    expect((await refusal(engine().finishProviderSignIn(null, bare, jar))).code).toBe(
      "unauthenticated",
    );
  });

  it("never sends the browser off-site after the callback", async () => {
    gotrue.oauthUser = { email: `${unique("sbn")}@example.com` };
    const jar = memoryCookieJar();
    const callback = await providerRedirect(jar, "https://evil.example/phish");
    const { next } = await engine().finishProviderSignIn(null, callback, jar);
    expect(next).toBe("/dashboard");
  });
});
