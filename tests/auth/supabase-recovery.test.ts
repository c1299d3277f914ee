import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSupabaseEngine, memoryCookieJar } from "@/lib/auth";
import { unique, useTestDb } from "../helpers/db";
import { startFakeGoTrue, type FakeGoTrue } from "./fake-gotrue";
import { PASSWORD } from "./helpers";

useTestDb();

// Password reset and account settings over the Supabase engine, against the in-repo GoTrue
// imitation: /recover → /verify (recovery, token_hash) → PUT /user → /logout?scope=global, with
// GoTrue's own errors turned into the same answers the local engine gives.

let gotrue: FakeGoTrue;
beforeAll(async () => {
  gotrue = await startFakeGoTrue();
});
afterAll(async () => {
  await gotrue?.close();
});

const engine = () => createSupabaseEngine({ url: gotrue.url, anonKey: "test-anon-key" });
const NEW_PASSWORD = "a fresh supabase passphrase";
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? "thrown",
  );

async function account() {
  const jar = memoryCookieJar();
  const email = `${unique("sbr")}@example.com`;
  const result = await engine().signUp({ email, password: PASSWORD }, jar);
  if (!result.session) throw new Error("expected a session");
  return { jar, email };
}
const linkFor = (email: string) => gotrue.mail.filter((m) => m.to === email).at(-1)?.tokenHash;
const signInWith = (email: string, password: string) =>
  outcome(engine().signIn({ email, password }, memoryCookieJar()));

describe("password reset (Supabase)", () => {
  it("asks GoTrue to mail the link, and answers an unknown address the same", async () => {
    const { email } = await account();
    const mark = gotrue.requests.length;
    const stranger = `${unique("nobody")}@example.com`;
    const answers = [
      await engine().requestPasswordReset(email),
      await engine().requestPasswordReset(stranger),
    ];
    expect(answers[0]).toEqual(answers[1]);
    expect(
      gotrue.requests.slice(mark).filter((r) => r.startsWith("POST /auth/v1/recover")),
    ).toHaveLength(2);
    expect(linkFor(email)).toBeDefined();
    expect(linkFor(stranger)).toBeUndefined();
    // GoTrue's redirect target is this app's reset page.
    expect(gotrue.mail.at(-1)?.redirectTo).toMatch(/\/reset-password$/);
  });

  it("sets the new password through /verify and PUT /user, once, and ends every session", async () => {
    const { jar, email } = await account();
    const other = memoryCookieJar();
    await engine().signIn({ email, password: PASSWORD }, other);
    await engine().requestPasswordReset(email);
    const token = linkFor(email)!;

    const mark = gotrue.requests.length;
    await engine().resetPassword(token, NEW_PASSWORD);
    expect(gotrue.requests.slice(mark)).toEqual([
      "POST /auth/v1/verify",
      "PUT /auth/v1/user",
      "POST /auth/v1/logout?scope=global",
    ]);
    expect(await engine().readSession(jar)).toBeNull();
    expect(await engine().readSession(other)).toBeNull();
    expect(await signInWith(email, PASSWORD)).toBe("unauthenticated");
    expect(await signInWith(email, NEW_PASSWORD)).toBe("ok");

    // GoTrue's 403 otp_expired for a spent link reads as the local engine's not_found.
    expect(await outcome(engine().resetPassword(token, "yet another passphrase"))).toBe(
      "not_found",
    );
  });

  it("refuses a link past GoTrue's expiry, and a same-password reset as a field error", async () => {
    const { email } = await account();
    await engine().requestPasswordReset(email);
    const stale = linkFor(email)!;
    gotrue.advance(61 * 60_000);
    expect(await outcome(engine().resetPassword(stale, NEW_PASSWORD))).toBe("not_found");

    await engine().requestPasswordReset(email);
    const fresh = linkFor(email)!;
    expect(fresh).not.toBe(stale);
    const err = await engine()
      .resetPassword(fresh, PASSWORD)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "validation_failed" });
    expect((err as { fields: Record<string, string[]> }).fields.password![0]).toMatch(/different/);
  });

  it("answers GoTrue's per-address limit (429) exactly as a success", async () => {
    const { email } = await account();
    await engine().requestPasswordReset(email);
    const sent = gotrue.mail.filter((m) => m.to === email).length;
    expect(await outcome(engine().requestPasswordReset(email))).toBe("ok");
    expect(gotrue.mail.filter((m) => m.to === email)).toHaveLength(sent);
  });

  it("changes the password with the current one and signs out the other sessions", async () => {
    const { jar, email } = await account();
    const other = memoryCookieJar();
    await engine().signIn({ email, password: PASSWORD }, other);
    expect(await outcome(engine().changePassword(jar, "wrong password", NEW_PASSWORD))).toBe(
      "validation_failed",
    );
    await engine().changePassword(jar, PASSWORD, NEW_PASSWORD);
    expect(await engine().readSession(jar)).not.toBeNull();
    expect(await engine().readSession(other)).toBeNull();
    expect(await signInWith(email, NEW_PASSWORD)).toBe("ok");
    const sessions = await engine().listSessions(jar);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.current).toBe(true);
  });
});
