import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ACCESS_COOKIE,
  confirmSignUp,
  getSession,
  memoryCookieJar,
  REFRESH_COOKIE,
  requireSession,
  setAuthEngine,
  signIn,
  signOut,
  signUp,
} from "@/lib/auth";
import { loadOrCreateSecret } from "@/lib/auth/secret";
import { proxy } from "@/proxy";
import { unique, useTestDb } from "../helpers/db";
import {
  CONFIRM_LINK,
  mailedToken,
  MINUTE,
  PASSWORD,
  signUpConfirmed,
  testLocalEngine,
} from "./helpers";

useTestDb();

const t = testLocalEngine();
beforeAll(() => setAuthEngine(t.engine));
afterAll(() => setAuthEngine(undefined));

async function redirectTarget(p: Promise<unknown>): Promise<string> {
  const err = (await p.then(
    () => null,
    (e: unknown) => e,
  )) as { digest?: string } | null;
  // next/navigation's redirect() throws an error whose digest is "NEXT_REDIRECT;<type>;<url>;<status>;".
  expect(err?.digest).toMatch(/^NEXT_REDIRECT;/);
  return err!.digest!.split(";")[2]!;
}

function request(pathname: string, cookies: Record<string, string> = {}) {
  const req = new NextRequest(new URL(pathname, "http://localhost:3000"));
  for (const [k, v] of Object.entries(cookies)) req.cookies.set(k, v);
  return req;
}

describe("lib/auth public face", () => {
  it("signUp / getSession / signOut through the chosen engine", async () => {
    const jar = memoryCookieJar();
    const email = `${unique("face")}@example.com`;
    expect(await signUp({ email, password: PASSWORD }, { cookies: memoryCookieJar() })).toEqual({
      session: null,
      confirmationSent: true,
    });
    const session = await confirmSignUp(await mailedToken(email, CONFIRM_LINK), { cookies: jar });
    expect((await getSession(jar))?.user.id).toBe(session.user.id);
    await signOut({ cookies: jar });
    expect(await getSession(jar)).toBeNull();
    const again = await signIn({ email, password: PASSWORD }, { cookies: jar, ip: "127.0.0.1" });
    expect(again.user.email).toBe(email);
  });

  it("limits sign-in to 5 attempts a minute per IP and email, right password or not", async () => {
    const email = `${unique("limit")}@example.com`;
    await signUpConfirmed(t.engine, { email, password: PASSWORD });
    const attempt = (ip: string, password = PASSWORD) =>
      signIn({ email: email.toUpperCase(), password }, { cookies: memoryCookieJar(), ip }).then(
        () => "ok",
        (e: { code?: string }) => e.code ?? "thrown",
      );
    const first = [];
    for (let i = 0; i < 5; i++)
      first.push(await attempt("10.9.0.1", i < 2 ? "wrong password!" : PASSWORD));
    expect(first).toEqual(["unauthenticated", "unauthenticated", "ok", "ok", "ok"]);
    expect(await attempt("10.9.0.1")).toBe("rate_limited");
    // Another address has its own allowance.
    expect(await attempt("10.9.0.2")).toBe("ok");
  });

  it("requireSession sends a signed-out visitor to /sign-in with a safe next", async () => {
    expect(await redirectTarget(requireSession("/leads?status=hot", memoryCookieJar()))).toBe(
      "/sign-in?next=%2Fleads%3Fstatus%3Dhot",
    );
    expect(await redirectTarget(requireSession("https://evil.example/", memoryCookieJar()))).toBe(
      "/sign-in",
    );
    expect(await redirectTarget(requireSession(undefined, memoryCookieJar()))).toBe("/sign-in");
  });
});

describe("proxy", () => {
  it("redirects protected pages to /sign-in and lets public pages through", async () => {
    for (const p of ["/dashboard", "/jobs/abc", "/leads", "/settings/team", "/organizations/new"]) {
      const res = await proxy(request(p));
      expect(res.status, p).toBe(303);
      expect(
        new URL(res.headers.get("location")!).pathname +
          new URL(res.headers.get("location")!).search,
      ).toBe(`/sign-in?next=${encodeURIComponent(p)}`);
    }
    for (const p of ["/", "/sign-in", "/sign-up", "/dashboardish"]) {
      expect((await proxy(request(p))).status, p).toBe(200);
    }
  });

  it("renews an expired session on the way through, setting HttpOnly Lax cookies", async () => {
    const jar = memoryCookieJar();
    await signUpConfirmed(
      t.engine,
      { email: `${unique("proxy")}@example.com`, password: PASSWORD },
      jar,
    );
    t.clock.advance(20 * MINUTE);
    const res = await proxy(
      request("/dashboard", {
        [ACCESS_COOKIE]: jar.get(ACCESS_COOKIE)!,
        [REFRESH_COOKIE]: jar.get(REFRESH_COOKIE)!,
      }),
    );
    expect(res.status).toBe(200);
    const setCookies = res.headers.getSetCookie();
    const access = setCookies.find((c) => c.startsWith(`${ACCESS_COOKIE}=`));
    const refresh = setCookies.find((c) => c.startsWith(`${REFRESH_COOKIE}=`));
    expect(access).toMatch(/HttpOnly/i);
    expect(access).toMatch(/SameSite=lax/i);
    expect(access).toMatch(/Path=\//);
    expect(refresh).toBeDefined();
    expect(refresh).not.toContain(jar.get(REFRESH_COOKIE)!);
  });

  it("signs a visitor with a garbage or reused token out instead of failing", async () => {
    const res = await proxy(
      request("/dashboard", { [ACCESS_COOKIE]: "garbage", [REFRESH_COOKIE]: "garbage" }),
    );
    expect(res.status).toBe(303);
    const cleared = res.headers.getSetCookie();
    expect(cleared.some((c) => c.startsWith(`${ACCESS_COOKIE}=;`) && /Max-Age=0/i.test(c))).toBe(
      true,
    );
    expect(cleared.some((c) => c.startsWith(`${REFRESH_COOKIE}=;`) && /Max-Age=0/i.test(c))).toBe(
      true,
    );

    const jar = memoryCookieJar();
    await signUpConfirmed(
      t.engine,
      { email: `${unique("reuse")}@example.com`, password: PASSWORD },
      jar,
    );
    const stale = { [REFRESH_COOKIE]: jar.get(REFRESH_COOKIE)! };
    t.clock.advance(20 * MINUTE);
    expect((await proxy(request("/leads", stale))).status).toBe(200); // first use rotates
    t.clock.advance(MINUTE);
    const reused = await proxy(request("/leads", stale));
    expect(reused.status).toBe(303);
    expect(reused.headers.getSetCookie().some((c) => c.startsWith(`${REFRESH_COOKIE}=;`))).toBe(
      true,
    );
  });
});

describe("signing secret", () => {
  it("is generated once, kept with mode 0600, and read back on the next start", () => {
    const file = path.join(
      mkdtempSync(path.join(tmpdir(), "auth-secret-")),
      ".data",
      "auth-secret",
    );
    const first = loadOrCreateSecret(file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSecret(file)).toBe(first);
    expect(readFileSync(file, "utf8").trim()).toBe(first);
  });
});
