import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { ACCESS_COOKIE, memoryCookieJar, REFRESH_COOKIE, type CookieJar } from "@/lib/auth";
import { hashRefreshToken } from "@/lib/auth/refresh-tokens";
import { asServiceRole } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { unique, useTestDb } from "../helpers/db";
import { MINUTE, PASSWORD, signUpConfirmed, testLocalEngine } from "./helpers";

useTestDb();

async function signedUp() {
  const t = testLocalEngine();
  const email = `${unique("s")}@example.com`;
  await signUpConfirmed(t.engine, { email, password: PASSWORD });
  return { ...t, email };
}

const tokenRow = (token: string) =>
  asServiceRole((tx) =>
    tx
      .selectFrom("auth.local_refresh_tokens")
      .selectAll()
      .where("token_hash", "=", hashRefreshToken(token))
      .executeTakeFirstOrThrow(),
  );

const copyOf = (jar: CookieJar) =>
  memoryCookieJar(Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])));

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe("local sign-in", () => {
  it("signs in with the right password only, and the cookies carry the session", async () => {
    const { engine, email } = await signedUp();
    const wrong = await rejection(
      engine.signIn({ email, password: "wrong password!" }, memoryCookieJar()),
    );
    expect(wrong.code).toBe("unauthenticated");
    expect(wrong.message).toBe("Email or password is incorrect");

    const jar = memoryCookieJar();
    const session = await engine.signIn(
      { email: ` ${email.toUpperCase()} `, password: PASSWORD },
      jar,
    );
    expect(session.user.email).toBe(email);
    expect((await engine.readSession(jar))?.user.id).toBe(session.user.id);
  });

  it("gives an unknown email the same answer as a wrong password", async () => {
    const { engine } = testLocalEngine();
    const err = await rejection(
      engine.signIn(
        { email: `${unique("nobody")}@example.com`, password: PASSWORD },
        memoryCookieJar(),
      ),
    );
    expect(err.code).toBe("unauthenticated");
    expect(err.message).toBe("Email or password is incorrect");
  });

  it("locks an email out after 5 failures in 15 minutes, even for the right password, then lets it in again", async () => {
    const { engine, email, clock } = await signedUp();
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await rejection(
            engine.signIn({ email, password: `wrong-${i}-password` }, memoryCookieJar()),
          )
        ).code,
      ).toBe("unauthenticated");
      clock.advance(MINUTE);
    }
    const locked = await rejection(engine.signIn({ email, password: PASSWORD }, memoryCookieJar()));
    expect(locked.code).toBe("rate_limited");
    expect(locked.status).toBe(429);
    expect(locked.message).toMatch(/Too many failed sign-in attempts.*Try again in \d+ minutes?/);

    // Another address is not affected.
    const other = await signedUp();
    await expect(
      other.engine.signIn({ email: other.email, password: PASSWORD }, memoryCookieJar()),
    ).resolves.toBeTruthy();

    clock.advance(11 * MINUTE); // the first failure is now more than 15 minutes old
    const session = await engine.signIn({ email, password: PASSWORD }, memoryCookieJar());
    expect(session.user.email).toBe(email);
  });

  it("does not count failures from before a successful sign-in", async () => {
    const { engine, email } = await signedUp();
    for (let i = 0; i < 4; i++)
      await rejection(engine.signIn({ email, password: "wrong password!" }, memoryCookieJar()));
    await engine.signIn({ email, password: PASSWORD }, memoryCookieJar());
    for (let i = 0; i < 4; i++)
      await rejection(engine.signIn({ email, password: "wrong password!" }, memoryCookieJar()));
    await expect(
      engine.signIn({ email, password: PASSWORD }, memoryCookieJar()),
    ).resolves.toBeTruthy();
  });
});

describe("local sessions", () => {
  it("renews an expired access token by rotating the refresh token within its family", async () => {
    const { engine, email, clock } = await signedUp();
    const jar = memoryCookieJar();
    const first = await engine.signIn({ email, password: PASSWORD }, jar);
    const oldRefresh = jar.get(REFRESH_COOKIE)!;

    clock.advance(16 * MINUTE);
    expect(await engine.readSession(jar)).toBeNull(); // server components only read
    const renewed = await engine.refreshSession(jar);
    expect(renewed?.user.id).toBe(first.user.id);
    expect(renewed?.claims.session_id).toBe(first.claims.session_id);
    expect(renewed!.expiresAt).toBeGreaterThan(first.expiresAt);
    const newRefresh = jar.get(REFRESH_COOKIE)!;
    expect(newRefresh).not.toBe(oldRefresh);

    const [parent, child] = [await tokenRow(oldRefresh), await tokenRow(newRefresh)];
    expect(parent.used_at).not.toBeNull();
    expect(child.parent_id).toBe(parent.id);
    expect(child.family_id).toBe(parent.family_id);
    expect(child.used_at).toBeNull();
    expect((await engine.readSession(jar))?.user.id).toBe(first.user.id);
  });

  it("treats a reused refresh token as theft: the whole family is revoked and both holders are signed out", async () => {
    const { engine, email, clock } = await signedUp();
    const owner = memoryCookieJar();
    await engine.signIn({ email, password: PASSWORD }, owner);
    const thief = copyOf(owner);

    clock.advance(16 * MINUTE);
    expect(await engine.refreshSession(owner)).not.toBeNull(); // owner rotates first
    clock.advance(MINUTE);
    expect(await engine.refreshSession(thief)).toBeNull(); // the stolen, spent token
    expect(thief.get(ACCESS_COOKIE)).toBeUndefined();
    expect(thief.get(REFRESH_COOKIE)).toBeUndefined();

    const family = await asServiceRole((tx) =>
      tx
        .selectFrom("auth.local_refresh_tokens")
        .select(["revoked_at"])
        .where("family_id", "=", (tx2) =>
          tx2
            .selectFrom("auth.local_refresh_tokens")
            .select("family_id")
            .where("token_hash", "=", hashRefreshToken(owner.get(REFRESH_COOKIE)!)),
        )
        .execute(),
    );
    expect(family.length).toBe(2);
    expect(family.every((r) => r.revoked_at !== null)).toBe(true);

    clock.advance(16 * MINUTE);
    expect(await engine.refreshSession(owner)).toBeNull();
    expect(owner.get(REFRESH_COOKIE)).toBeUndefined();
  });

  it("lets two requests racing with the same refresh token both through inside the grace window", async () => {
    const t = await signedUp();
    const engine = (await import("@/lib/auth/local-engine")).createLocalEngine({
      secret: t.secret,
      now: t.clock.now,
      reuseGraceMs: 10_000,
    });
    const a = memoryCookieJar();
    await engine.signIn({ email: t.email, password: PASSWORD }, a);
    const b = copyOf(a);
    t.clock.advance(16 * MINUTE);
    expect(await engine.refreshSession(a)).not.toBeNull();
    t.clock.advance(2_000);
    expect(await engine.refreshSession(b)).not.toBeNull();
    t.clock.advance(16 * MINUTE);
    expect(await engine.refreshSession(a)).not.toBeNull(); // the family survived
  });

  it("signs out on a tampered, foreign or expired access token and on a garbage refresh token — never throws", async () => {
    const { engine, email, clock, secret } = await signedUp();
    const jar = memoryCookieJar();
    const session = await engine.signIn({ email, password: PASSWORD }, jar);
    const access = jar.get(ACCESS_COOKIE)!;
    const [h, p, s] = access.split(".");
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...session.claims, sub: crypto.randomUUID() }),
    ).toString("base64url");

    const variants = {
      tamperedPayload: `${h}.${forgedPayload}.${s}`,
      tamperedSignature: `${h}.${p}.${s!.slice(0, -4)}AAAA`,
      otherKey: await new SignJWT({ ...session.claims })
        .setProtectedHeader({ alg: "HS256" })
        .sign(new TextEncoder().encode("x".repeat(40))),
      algNone: `${Buffer.from('{"alg":"none"}').toString("base64url")}.${p}.`,
      garbage: "not a jwt",
    };
    for (const [name, token] of Object.entries(variants)) {
      const forged = memoryCookieJar({ [ACCESS_COOKIE]: token });
      expect(await engine.readSession(forged), name).toBeNull();
      expect(await engine.refreshSession(forged), name).toBeNull();
      expect(forged.get(ACCESS_COOKIE), name).toBeUndefined();
    }

    const badRefresh = memoryCookieJar({ [REFRESH_COOKIE]: "made-up-token" });
    expect(await engine.refreshSession(badRefresh)).toBeNull();
    expect(badRefresh.getAll()).toEqual([]);

    // A signed token for a real user, verified with the right key, is still refused once expired.
    clock.advance(15 * MINUTE + 1000);
    expect(await engine.readSession(memoryCookieJar({ [ACCESS_COOKIE]: access }))).toBeNull();
    void secret;
  });

  it("refuses a refresh token older than 7 days", async () => {
    const { engine, email, clock } = await signedUp();
    const jar = memoryCookieJar();
    await engine.signIn({ email, password: PASSWORD }, jar);
    clock.advance(7 * 24 * 60 * MINUTE + MINUTE);
    expect(await engine.refreshSession(jar)).toBeNull();
    expect(jar.getAll()).toEqual([]);
  });

  it("sign-out clears the cookies and revokes the refresh token server-side", async () => {
    const { engine, email, clock } = await signedUp();
    const jar = memoryCookieJar();
    await engine.signIn({ email, password: PASSWORD }, jar);
    const kept = copyOf(jar);
    await engine.signOut(jar);
    expect(jar.getAll()).toEqual([]);
    expect(await engine.readSession(jar)).toBeNull();
    clock.advance(16 * MINUTE);
    expect(await engine.refreshSession(kept)).toBeNull();
  });
});
