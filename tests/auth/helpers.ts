import { randomBytes } from "node:crypto";
import { memoryCookieJar, type AuthEngine, type CookieJar, type SignUpInput } from "@/lib/auth";
import { createLocalEngine, type LocalEngineOptions } from "@/lib/auth/local-engine";

/** A clock the test moves by hand: expiry and lockout windows without sleeping. */
export function manualClock(start = new Date()) {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

export function testLocalEngine(opts: LocalEngineOptions = {}) {
  const clock = manualClock();
  const secret = new TextEncoder().encode(randomBytes(32).toString("hex"));
  return {
    clock,
    secret,
    engine: createLocalEngine({ secret, now: clock.now, reuseGraceMs: 0, ...opts }),
  };
}

export const PASSWORD = "correct horse battery";

export const MINUTE = 60_000;

/** The token of the newest link matching `pattern` mailed to `email` (the development mailbox). */
export async function mailedToken(email: string, pattern: RegExp): Promise<string> {
  const { listDevMail } = await import("@/lib/mail");
  for (const m of await listDevMail({ to: email })) {
    const hit = pattern.exec(m.text)?.[1];
    if (hit) return hit;
  }
  throw new Error(`no message to ${email} has a link matching ${pattern}`);
}

export const CONFIRM_LINK = /\/auth\/confirm\/([A-Za-z0-9_-]{43})/;

/**
 * Signs up and follows the confirmation link, as a person would: the account verified, its
 * organization created, and a session in `jar`.
 */
export async function signUpConfirmed(
  engine: AuthEngine,
  input: SignUpInput,
  jar: CookieJar = memoryCookieJar(),
) {
  await engine.signUp(input, memoryCookieJar());
  return engine.confirmSignUp(await mailedToken(input.email, CONFIRM_LINK), jar);
}
