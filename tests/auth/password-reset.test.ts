import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  memoryCookieJar,
  passwordResetUsable,
  requestPasswordReset,
  resetPassword,
  setAuthEngine,
} from "@/lib/auth";
import { settleResetMail } from "@/lib/auth/local-account";
import { asServiceRole } from "@/lib/db";
import { listDevMail } from "@/lib/mail";
import { MemoryRateLimiter, RATE_LIMIT_POLICIES, setRateLimiter } from "@/lib/ratelimit";
import { unique, useTestDb } from "../helpers/db";
import { MINUTE, PASSWORD, signUpConfirmed, testLocalEngine } from "./helpers";

useTestDb();

// Password reset, local engine (issue 19): a single-use 256-bit link, hashed at rest, 30 minutes,
// void after use or when a newer one is sent; every session ends; the same answer for every
// address; limited per IP and per address.

const t = testLocalEngine();
beforeAll(() => {
  setAuthEngine(t.engine);
  setRateLimiter(new MemoryRateLimiter());
});
afterAll(() => {
  setAuthEngine(undefined);
  setRateLimiter(undefined);
});

const RESET_LINK = /\/reset-password\/([A-Za-z0-9_-]+)/;
const NEW_PASSWORD = "a brand new passphrase";
let ipCounter = 0;
const freshIp = () => `10.19.${Math.floor(++ipCounter / 200)}.${ipCounter % 200}`;

async function resetLinks(email: string): Promise<string[]> {
  await settleResetMail();
  return (await listDevMail({ to: email }))
    .filter((m) => m.template === "password-reset")
    .map((m) => RESET_LINK.exec(m.text)![1]!);
}
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? "thrown",
  );
const signInWith = (email: string, password: string) =>
  outcome(t.engine.signIn({ email, password }, memoryCookieJar()));

async function account() {
  const email = `${unique("reset")}@example.com`;
  const jar = memoryCookieJar();
  const session = await signUpConfirmed(t.engine, { email, password: PASSWORD }, jar);
  return { email, jar, session };
}

describe("password reset (local)", () => {
  it("mails a 256-bit link kept only as its hash, which sets the password once", async () => {
    const { email } = await account();
    await requestPasswordReset({ email: email.toUpperCase() }, { ip: freshIp() });
    const [token] = await resetLinks(email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes
    expect(Buffer.from(token!, "base64url")).toHaveLength(32);

    const rows = await asServiceRole((tx) =>
      tx.selectFrom("auth.local_password_resets").select(["token_hash", "expires_at"]).execute(),
    );
    const hashed = createHash("sha256").update(token!).digest("hex");
    expect(rows.map((r) => r.token_hash)).toContain(hashed);
    expect(rows.map((r) => r.token_hash)).not.toContain(token);

    expect(await passwordResetUsable(token!)).toBe(true);
    await resetPassword({ token: token!, password: NEW_PASSWORD });
    expect(await signInWith(email, PASSWORD)).toBe("unauthenticated");
    expect(await signInWith(email, NEW_PASSWORD)).toBe("ok");

    // Spent: the same link again does nothing, and says so.
    expect(await passwordResetUsable(token!)).toBe(false);
    expect(
      await outcome(resetPassword({ token: token!, password: "yet another passphrase" })),
    ).toBe("not_found");
    expect(await signInWith(email, NEW_PASSWORD)).toBe("ok");
  });

  it("refuses a link older than 30 minutes", async () => {
    const { email } = await account();
    await requestPasswordReset({ email }, { ip: freshIp() });
    const [token] = await resetLinks(email);
    t.clock.advance(29 * MINUTE);
    expect(await passwordResetUsable(token!)).toBe(true);
    t.clock.advance(2 * MINUTE);
    expect(await passwordResetUsable(token!)).toBe(false);
    expect(await outcome(resetPassword({ token: token!, password: NEW_PASSWORD }))).toBe(
      "not_found",
    );
    expect(await signInWith(email, PASSWORD)).toBe("ok");
  });

  it("voids the older link when a newer one is sent", async () => {
    const { email } = await account();
    await requestPasswordReset({ email }, { ip: freshIp() });
    await requestPasswordReset({ email }, { ip: freshIp() });
    const [newer, older] = await resetLinks(email);
    expect(newer).not.toBe(older);
    expect(await outcome(resetPassword({ token: older!, password: NEW_PASSWORD }))).toBe(
      "not_found",
    );
    expect(await outcome(resetPassword({ token: newer!, password: NEW_PASSWORD }))).toBe("ok");
  });

  it("checks the new password like sign-up does, spending nothing on a refusal", async () => {
    const { email } = await account();
    await requestPasswordReset({ email }, { ip: freshIp() });
    const [token] = await resetLinks(email);
    const err = await resetPassword({ token: token!, password: "short" }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "validation_failed", status: 422 });
    expect((err as { fields: Record<string, string[]> }).fields.password![0]).toMatch(
      /10 characters/,
    );
    expect(await passwordResetUsable(token!)).toBe(true);
  });

  it("ends every session of the account, access tokens included", async () => {
    const { email, jar } = await account();
    const other = memoryCookieJar();
    await t.engine.signIn({ email, password: PASSWORD }, other);
    expect(await t.engine.readSession(jar)).not.toBeNull();
    expect(await t.engine.readSession(other)).not.toBeNull();

    await requestPasswordReset({ email }, { ip: freshIp() });
    const [token] = await resetLinks(email);
    await resetPassword({ token: token!, password: NEW_PASSWORD });

    for (const j of [jar, other]) {
      expect(await t.engine.readSession(j)).toBeNull();
      expect(await t.engine.refreshSession(j)).toBeNull();
    }
    const live = await asServiceRole((tx) =>
      tx
        .selectFrom("auth.local_refresh_tokens as r")
        .innerJoin("auth.users as u", "u.id", "r.user_id")
        .select("r.id")
        .where("u.email", "=", email)
        .where("r.revoked_at", "is", null)
        .execute(),
    );
    expect(live).toEqual([]);
  });

  it("records the reset in the audit log of the user's organizations, naming no secret", async () => {
    const { email, session } = await account();
    await requestPasswordReset({ email }, { ip: freshIp() });
    const [token] = await resetLinks(email);
    await resetPassword({ token: token!, password: NEW_PASSWORD });
    const entries = await asServiceRole((tx) =>
      tx
        .selectFrom("audit_log")
        .select(["action", "actor_id", "target_id", "metadata"])
        .where("actor_id", "=", session.user.id)
        .where("action", "=", "account.password_reset")
        .execute(),
    );
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries[0]!.metadata)).not.toContain(token!);
  });

  it("answers an unknown address exactly as a known one, and mails nobody", async () => {
    const { email } = await account();
    const stranger = `${unique("nobody")}@example.com`;
    const answers = [
      await requestPasswordReset({ email }, { ip: freshIp() }),
      await requestPasswordReset({ email: stranger }, { ip: freshIp() }),
    ];
    expect(answers[0]).toEqual(answers[1]);
    expect(await resetLinks(email)).toHaveLength(1);
    expect(await listDevMail({ to: stranger })).toEqual([]);
  });

  it("limits requests per IP (told) and per address (silently, the answer unchanged)", async () => {
    const { email } = await account();
    const perAddress = RATE_LIMIT_POLICIES.password_reset_email.limit;
    for (let i = 0; i < perAddress + 2; i++)
      expect(await outcome(requestPasswordReset({ email }, { ip: freshIp() }))).toBe("ok");
    expect(await resetLinks(email)).toHaveLength(perAddress);

    const ip = freshIp();
    const perIp = RATE_LIMIT_POLICIES.password_reset_ip.limit;
    for (let i = 0; i < perIp; i++)
      await requestPasswordReset({ email: `${unique("ip")}@example.com` }, { ip });
    const refused = await requestPasswordReset({ email }, { ip }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "rate_limited", status: 429 });
  });

  it("verifies an unverified account (the link proves the address) and grants its credits", async () => {
    const email = `${unique("unverified")}@example.com`;
    await t.engine.signUp({ email, password: PASSWORD }, memoryCookieJar());
    const early = await t.engine.signIn({ email, password: PASSWORD }, memoryCookieJar());
    await requestPasswordReset({ email }, { ip: freshIp() });
    const [token] = await resetLinks(email);
    await resetPassword({ token: token!, password: NEW_PASSWORD });
    const user = await asServiceRole((tx) =>
      tx
        .selectFrom("auth.users as u")
        .innerJoin("organizations as o", "o.created_by", "u.id")
        .innerJoin("credits as c", "c.org_id", "o.id")
        .select(["u.email_confirmed_at", "c.balance"])
        .where("u.id", "=", early.user.id)
        .executeTakeFirstOrThrow(),
    );
    expect(user.email_confirmed_at).not.toBeNull();
    expect(user.balance).toBe(100);
  });
});
