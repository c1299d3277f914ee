import { describe, expect, it } from "vitest";
import { ACCESS_COOKIE, memoryCookieJar, type CookieJar } from "@/lib/auth";
import { createLocalEngine } from "@/lib/auth/local-engine";
import { SESSION_CHECK_TTL_MS } from "@/lib/auth/session-check";
import { unique, useTestDb } from "../helpers/db";
import { MINUTE, PASSWORD, signUpConfirmed, testLocalEngine } from "./helpers";

useTestDb();

// Sign-out and refresh-token reuse end the access token too (security #16 item 10): the JWT alone
// would stay valid for its 15 minutes, so each request also asks whether its session is live.

const copyOf = (jar: CookieJar) =>
  memoryCookieJar(Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])));

async function signedUp(t = testLocalEngine()) {
  const jar = memoryCookieJar();
  const email = `${unique("rev")}@example.com`;
  await signUpConfirmed(t.engine, { email, password: PASSWORD }, jar);
  return { ...t, jar, email };
}

describe("revoked sessions end their access tokens", () => {
  it("a copy of the cookies is signed out with their owner, at once", async () => {
    const { engine, jar } = await signedUp();
    const stolen = copyOf(jar);
    expect(await engine.readSession(stolen)).not.toBeNull();

    await engine.signOut(jar);

    // The access token has not expired (no time passed), yet it no longer authenticates.
    expect(await engine.readSession(stolen)).toBeNull();
    expect(await engine.refreshSession(stolen)).toBeNull();
  });

  it("signing out with the access cookie alone ends its session too", async () => {
    const { engine, jar } = await signedUp();
    const accessOnly = memoryCookieJar({ [ACCESS_COOKIE]: jar.get(ACCESS_COOKIE)! });
    await engine.signOut(accessOnly);
    expect(await engine.readSession(jar)).toBeNull();
    expect(await engine.refreshSession(jar)).toBeNull();
  });

  it("a sign-out on another instance is honoured once the short check window has passed", async () => {
    const a = testLocalEngine();
    // A second instance: same secret and clock, its own cache of live sessions.
    const b = createLocalEngine({ secret: a.secret, now: a.clock.now, reuseGraceMs: 0 });
    const { jar } = await signedUp(a);
    const copy = copyOf(jar);
    expect(await b.readSession(copy)).not.toBeNull();

    await a.engine.signOut(jar);
    a.clock.advance(SESSION_CHECK_TTL_MS + 1);

    expect(await b.readSession(copy)).toBeNull();
  });

  it("refresh-token reuse revokes the family: the owner's fresh access token stops as well", async () => {
    const { engine, jar, clock } = await signedUp();
    const stolen = copyOf(jar);
    clock.advance(16 * MINUTE); // the access token expires; the owner's next request refreshes
    const renewed = await engine.refreshSession(jar);
    expect(renewed).not.toBeNull();
    expect(await engine.readSession(jar)).not.toBeNull();

    // The thief replays the spent refresh token: reuse, the whole family is revoked …
    expect(await engine.refreshSession(stolen)).toBeNull();
    // … including the access token the owner was just given, still within its lifetime.
    expect(await engine.readSession(jar)).toBeNull();
  });

  it("an untouched session keeps working across the check window", async () => {
    const { engine, jar, clock } = await signedUp();
    clock.advance(SESSION_CHECK_TTL_MS + 1);
    expect((await engine.readSession(jar))?.user.email).toMatch(/^rev-/);
  });
});
