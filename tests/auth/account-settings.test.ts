import { describe, expect, it } from "vitest";
import { memoryCookieJar } from "@/lib/auth";
import { WRONG_PASSWORD_MESSAGE } from "@/lib/auth/local-account";
import { asServiceRole } from "@/lib/db";
import { listDevMail } from "@/lib/mail";
import { unique, useTestDb } from "../helpers/db";
import { mailedToken, PASSWORD, signUpConfirmed, testLocalEngine } from "./helpers";

useTestDb();

// Settings › Account over the local engine: password change (needs the current one, ends the
// other sessions), the list of sessions with per-session and "everywhere else" sign-out, and an
// email change that waits for the new address to be confirmed.

const NEW_PASSWORD = "another long passphrase";
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? "thrown",
  );

async function twoBrowsers() {
  const t = testLocalEngine();
  const email = `${unique("acct")}@example.com`;
  const here = memoryCookieJar();
  const session = await signUpConfirmed(t.engine, { email, password: PASSWORD }, here);
  const there = memoryCookieJar();
  await t.engine.signIn({ email, password: PASSWORD }, there, {
    ip: "203.0.113.9",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
  });
  return { ...t, email, here, there, session };
}

describe("Settings › Account (local)", () => {
  it("changes the password only with the current one, and ends every other session", async () => {
    const { engine, email, here, there } = await twoBrowsers();
    const wrong = await engine
      .changePassword(here, "not my password", NEW_PASSWORD)
      .catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: "validation_failed", status: 422 });
    expect((wrong as { fields: unknown }).fields).toEqual({
      currentPassword: [WRONG_PASSWORD_MESSAGE],
    });
    expect(await engine.readSession(there)).not.toBeNull();

    await engine.changePassword(here, PASSWORD, NEW_PASSWORD);
    expect(await engine.readSession(here)).not.toBeNull();
    expect(await engine.readSession(there)).toBeNull();
    expect(await engine.refreshSession(there)).toBeNull();
    expect(await outcome(engine.signIn({ email, password: PASSWORD }, memoryCookieJar()))).toBe(
      "unauthenticated",
    );
    expect(await outcome(engine.signIn({ email, password: NEW_PASSWORD }, memoryCookieJar()))).toBe(
      "ok",
    );
  });

  it("lists live sessions with where they started, and revokes one or all the others", async () => {
    const { engine, email, here, there } = await twoBrowsers();
    const third = memoryCookieJar();
    await engine.signIn({ email, password: PASSWORD }, third);

    const sessions = await engine.listSessions(here);
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const firefox = sessions.find((s) => s.ip === "203.0.113.9");
    expect(firefox?.userAgent).toMatch(/Firefox/);
    expect(firefox?.current).toBe(false);

    await engine.revokeSession(here, firefox!.id);
    expect(await engine.readSession(there)).toBeNull();
    expect(await engine.readSession(third)).not.toBeNull();
    expect(await engine.listSessions(here)).toHaveLength(2);
    // Another account's session id, or garbage, is simply not found.
    expect(await outcome(engine.revokeSession(here, firefox!.id))).toBe("not_found");
    expect(await outcome(engine.revokeSession(here, "not-a-uuid"))).toBe("not_found");
    const stranger = await twoBrowsers();
    const theirs = (await stranger.engine.listSessions(stranger.here))[0]!.id;
    expect(await outcome(engine.revokeSession(here, theirs))).toBe("not_found");
    expect(await stranger.engine.readSession(stranger.here)).not.toBeNull();

    await engine.signOutOthers(here);
    expect(await engine.readSession(third)).toBeNull();
    expect(await engine.readSession(here)).not.toBeNull();
    expect((await engine.listSessions(here)).map((s) => s.current)).toEqual([true]);
  });

  it("changes the email only once the new address follows its link", async () => {
    const { engine, email, here, session } = await twoBrowsers();
    const next = `${unique("new")}@example.com`;
    expect(await outcome(engine.requestEmailChange(here, next, "wrong password"))).toBe(
      "validation_failed",
    );
    await engine.requestEmailChange(here, next, PASSWORD);

    const emailOf = () =>
      asServiceRole((tx) =>
        tx
          .selectFrom("auth.users as u")
          .innerJoin("profiles as p", "p.id", "u.id")
          .select(["u.email", "p.email as profile_email"])
          .where("u.id", "=", session.user.id)
          .executeTakeFirstOrThrow(),
      );
    expect(await emailOf()).toEqual({ email, profile_email: email });

    const token = await mailedToken(next, /\/auth\/email-change\/([A-Za-z0-9_-]{43})/);
    expect(await engine.confirmEmailChange(token)).toEqual({ email: next });
    expect(await emailOf()).toEqual({ email: next, profile_email: next });
    expect(await outcome(engine.confirmEmailChange(token))).toBe("not_found");
    // The old address is told.
    const notice = (await listDevMail({ to: email })).find((m) => m.template === "notification");
    expect(notice?.text).toContain(next);
    expect(
      await outcome(engine.signIn({ email: next, password: PASSWORD }, memoryCookieJar())),
    ).toBe("ok");
  });

  it("answers a change to a taken address as any other, and mails it nothing", async () => {
    const a = await twoBrowsers();
    const b = await twoBrowsers();
    await a.engine.requestEmailChange(a.here, b.email, PASSWORD);
    const toB = (await listDevMail({ to: b.email })).filter((m) => m.template === "verify-email");
    // b's own sign-up confirmation only.
    expect(toB).toHaveLength(1);
    expect(toB[0]!.subject).toBe("Confirm your email for Leadscout");
  });
});
