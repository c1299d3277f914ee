import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createLocalUser,
  finishProviderSignIn,
  memoryCookieJar,
  setAuthEngine,
  signInProviders,
  startProviderSignIn,
  type CookieJar,
  type OAuthProvider,
} from "@/lib/auth";
import { OAUTH_FLOW_COOKIE } from "@/lib/auth/oauth/flow-cookie";
import { asServiceRole } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { unique, useTestDb } from "../helpers/db";
import { startGitHubFixture, type GitHubFixture } from "./github-fixture";
import { PASSWORD, testLocalEngine } from "./helpers";
import { startOidcProvider, type OidcFixture } from "./oidc-fixture";

useTestDb();

const APP_URL = "http://localhost:3000";
const saved = { ...process.env };
let google: OidcFixture;
let github: GitHubFixture;
let engineHandle: ReturnType<typeof testLocalEngine>;

beforeAll(async () => {
  google = await startOidcProvider(`${APP_URL}/auth/oauth/google/callback`);
  github = await startGitHubFixture();
});
afterAll(async () => {
  process.env = saved;
  resetEnvForTests();
  setAuthEngine(undefined);
  await google.close();
  await github.close();
});
beforeEach(() => {
  Object.assign(process.env, {
    APP_URL,
    GOOGLE_CLIENT_ID: google.clientId,
    GOOGLE_CLIENT_SECRET: google.clientSecret,
    GOOGLE_ISSUER: google.issuer,
    GITHUB_CLIENT_ID: github.clientId,
    GITHUB_CLIENT_SECRET: github.clientSecret,
    GITHUB_OAUTH_BASE: github.base,
    GITHUB_API_BASE: github.base,
  });
  resetEnvForTests();
  engineHandle = testLocalEngine();
  setAuthEngine(engineHandle.engine);
});

let ipCounter = 0;
/** Each sign-in from its own address, so the per-IP sign-up limit stays out of the way. */
const freshIp = () => `198.51.100.${++ipCounter}`;

async function startFlow(provider: OAuthProvider, jar: CookieJar, next?: string) {
  return startProviderSignIn(provider, { cookies: jar, next });
}

async function googleSignIn(account: string, jar = memoryCookieJar(), next?: string) {
  const url = await startFlow("google", jar, next);
  const callback = await google.authorize(url, account);
  return {
    jar,
    callback,
    result: await finishProviderSignIn("google", callback, { cookies: jar, ip: freshIp() }),
  };
}

function googleAccount(email: string, verified = true) {
  const id = unique("g");
  google.accounts.set(id, { email, email_verified: verified, name: "Grace Hopper" });
  return id;
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

const identities = (userId: string) =>
  asServiceRole((tx) =>
    sql<{ provider: string; subject: string }>`select provider, subject from auth.local_identities
      where user_id = ${userId}`.execute(tx),
  ).then((r) => r.rows);

const usersWithEmail = (email: string) =>
  asServiceRole((tx) =>
    tx.selectFrom("auth.users").select("id").where("email", "=", email).execute(),
  );

describe("sign-in with Google (local auth, a real OpenID Connect provider)", () => {
  it("asks for the code with PKCE S256, state and nonce, and keeps them only in the sealed cookie", async () => {
    const jar = memoryCookieJar();
    const url = await startFlow("google", jar);
    expect(url.origin).toBe(google.issuer);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get("state")).toBeTruthy();
    expect(url.searchParams.get("nonce")).toBeTruthy();
    expect(url.searchParams.get("redirect_uri")).toBe(`${APP_URL}/auth/oauth/google/callback`);
    const sealed = jar.get(OAUTH_FLOW_COOKIE)!;
    expect(sealed.split(".")).toHaveLength(5); // a JWE: nothing readable in the browser
    expect(sealed).not.toContain(url.searchParams.get("state")!);
    expect(jar.options.get(OAUTH_FLOW_COOKIE)).toMatchObject({ httpOnly: true, sameSite: "lax" });
  });

  it("creates a confirmed account with its personal organization and starting credits, then signs in to it again", async () => {
    const email = `${unique("grace")}@example.com`;
    const account = googleAccount(email);
    const { result, jar } = await googleSignIn(account, memoryCookieJar(), "/leads?stage=new");
    expect(result.next).toBe("/leads?stage=new");
    expect(result.session.user.email).toBe(email);
    expect(jar.get(OAUTH_FLOW_COOKIE)).toBeUndefined();

    const userId = result.session.user.id;
    const user = await asServiceRole((tx) =>
      tx.selectFrom("auth.users").selectAll().where("id", "=", userId).executeTakeFirstOrThrow(),
    );
    expect(user.email_confirmed_at).not.toBeNull();
    expect(user.encrypted_password).toBeNull();
    expect(await identities(userId)).toEqual([{ provider: "google", subject: account }]);
    const org = await asServiceRole((tx) =>
      tx
        .selectFrom("team_members as tm")
        .innerJoin("organizations as o", "o.id", "tm.org_id")
        .innerJoin("credits as c", "c.org_id", "o.id")
        .select(["o.name", "tm.role", "c.balance"])
        .where("tm.user_id", "=", userId)
        .execute(),
    );
    expect(org).toEqual([{ name: "Grace Hopper's organization", role: "admin", balance: 100 }]);

    const again = await googleSignIn(account);
    expect(again.result.session.user.id).toBe(userId);
    expect(await usersWithEmail(email)).toHaveLength(1);
  });

  it("links to an existing account by a verified email, and the password keeps working", async () => {
    const email = `${unique("ada")}@example.com`;
    const existing = await createLocalUser({ email, password: PASSWORD });
    const { result } = await googleSignIn(googleAccount(email));
    expect(result.session.user.id).toBe(existing.id);
    expect(await identities(existing.id)).toHaveLength(1);
    const jar = memoryCookieJar();
    await expect(
      engineHandle.engine.signIn({ email, password: PASSWORD }, jar),
    ).resolves.toBeTruthy();
  });

  it("refuses an unverified email that matches an existing account, and links nothing", async () => {
    const email = `${unique("victim")}@example.com`;
    const existing = await createLocalUser({ email, password: PASSWORD });
    const err = await refusal(googleSignIn(googleAccount(email, false)));
    expect(err.code).toBe("forbidden");
    expect(err.message).toMatch(/no verified email address/);
    expect(await identities(existing.id)).toEqual([]);
    expect(await usersWithEmail(email)).toHaveLength(1);
  });

  it("discards a sign-up that was never confirmed, leaving its author nothing, and makes a fresh account", async () => {
    const email = `${unique("pending")}@example.com`;
    const pending = await createLocalUser({ email, password: PASSWORD }, { confirmed: false });
    const { result } = await googleSignIn(googleAccount(email));
    expect(result.session.user.id).not.toBe(pending.id);
    const rows = await asServiceRole((tx) =>
      tx
        .selectFrom("auth.users")
        .select(["id", "encrypted_password", "email_confirmed_at"])
        .where(sql<string>`lower(email)`, "=", email)
        .execute(),
    );
    // The squatter's account (and with it its sessions and its own organizations) is gone.
    expect(rows).toEqual([
      {
        id: result.session.user.id,
        encrypted_password: null,
        email_confirmed_at: expect.anything(),
      },
    ]);
    const err = await refusal(
      engineHandle.engine.signIn({ email, password: PASSWORD }, memoryCookieJar()),
    );
    expect(err.code).toBe("unauthenticated");
  });

  it("refuses a callback whose state does not match the one this browser started", async () => {
    const jar = memoryCookieJar();
    const url = await startFlow("google", jar);
    const callback = await google.authorize(url, googleAccount(`${unique("s")}@example.com`));
    callback.searchParams.set("state", "a-state-this-browser-never-saw-0123456789");
    const err = await refusal(finishProviderSignIn("google", callback, { cookies: jar }));
    expect(err.code).toBe("unauthenticated");
    expect(jar.get(OAUTH_FLOW_COOKIE)).toBeUndefined();
  });

  it("refuses a callback replayed after use, with or without the flow cookie", async () => {
    const jar = memoryCookieJar();
    const url = await startFlow("google", jar);
    const captured = jar.get(OAUTH_FLOW_COOKIE)!;
    const callback = await google.authorize(url, googleAccount(`${unique("r")}@example.com`));
    await finishProviderSignIn("google", callback, { cookies: jar, ip: freshIp() });

    // The same browser again: the flow cookie was spent by the first callback.
    expect((await refusal(finishProviderSignIn("google", callback, { cookies: jar }))).code).toBe(
      "unauthenticated",
    );
    // Someone who copied the cookie too: the provider refuses the spent code.
    const thief = memoryCookieJar({ [OAUTH_FLOW_COOKIE]: captured });
    expect((await refusal(finishProviderSignIn("google", callback, { cookies: thief }))).code).toBe(
      "unauthenticated",
    );
  });

  it("refuses a callback in a browser that never started the flow (login CSRF)", async () => {
    const url = await startFlow("google", memoryCookieJar());
    const callback = await google.authorize(url, googleAccount(`${unique("c")}@example.com`));
    const err = await refusal(
      finishProviderSignIn("google", callback, { cookies: memoryCookieJar() }),
    );
    expect(err.code).toBe("unauthenticated");
  });

  it("refuses a flow cookie from another provider's sign-in", async () => {
    const jar = memoryCookieJar();
    const url = await startFlow("google", jar);
    const callback = await google.authorize(url, googleAccount(`${unique("x")}@example.com`));
    const err = await refusal(finishProviderSignIn("github", callback, { cookies: jar }));
    expect(err.code).toBe("unauthenticated");
  });
});

describe("sign-in with GitHub (local auth, OAuth 2.0 and the emails API)", () => {
  async function githubSignIn(jar = memoryCookieJar()) {
    const url = await startFlow("github", jar);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    const callback = await github.authorize(url);
    return finishProviderSignIn("github", callback, { cookies: jar, ip: freshIp() });
  }

  it("uses the verified primary address, links by it, and recognises the account by its id after", async () => {
    const email = `${unique("octo")}@example.com`;
    const existing = await createLocalUser({ email, password: PASSWORD });
    github.user = {
      id: 4242,
      login: "octocat",
      name: "The Octocat",
      emails: [
        { email: `${unique("other")}@example.com`, primary: false, verified: true },
        { email: email.toUpperCase(), primary: true, verified: true },
      ],
    };
    const first = await githubSignIn();
    expect(first.session.user.id).toBe(existing.id);
    expect(await identities(existing.id)).toEqual([{ provider: "github", subject: "4242" }]);

    // The address changed at GitHub: the same GitHub account still lands in the same user.
    github.user = {
      ...github.user,
      emails: [{ email: "new@example.org", primary: true, verified: true }],
    };
    expect((await githubSignIn()).session.user.id).toBe(existing.id);
  });

  it("refuses an account whose primary address is unverified, even with another verified one", async () => {
    const email = `${unique("taken")}@example.com`;
    await createLocalUser({ email, password: PASSWORD });
    github.user = {
      id: 777,
      login: "mallory",
      name: null,
      emails: [
        { email, primary: true, verified: false },
        { email: `${unique("m")}@example.com`, primary: false, verified: true },
      ],
    };
    const err = await refusal(githubSignIn());
    expect(err.code).toBe("forbidden");
    expect(err.message).toMatch(/GitHub account has no verified email address/);
  });

  it("refuses a callback whose code was already spent", async () => {
    github.user = {
      id: 9001,
      login: "replay",
      name: null,
      emails: [{ email: `${unique("gh")}@example.com`, primary: true, verified: true }],
    };
    const jar = memoryCookieJar();
    const url = await startFlow("github", jar);
    const captured = jar.get(OAUTH_FLOW_COOKIE)!;
    const callback = await github.authorize(url);
    await finishProviderSignIn("github", callback, { cookies: jar, ip: freshIp() });
    const thief = memoryCookieJar({ [OAUTH_FLOW_COOKIE]: captured });
    expect((await refusal(finishProviderSignIn("github", callback, { cookies: thief }))).code).toBe(
      "unauthenticated",
    );
  });
});

describe("provider buttons", () => {
  it("show only the providers whose client id and secret are configured", async () => {
    expect(signInProviders()).toEqual(["google", "github"]);
    process.env.GITHUB_CLIENT_SECRET = "";
    resetEnvForTests();
    expect(signInProviders()).toEqual(["google"]);
    delete process.env.GOOGLE_CLIENT_ID;
    resetEnvForTests();
    expect(signInProviders()).toEqual([]);
    const err = await refusal(startProviderSignIn("google", { cookies: memoryCookieJar() }));
    expect(err.code).toBe("not_found");
  });
});
