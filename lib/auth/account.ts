import { createHash } from "node:crypto";
import { sql } from "kysely";
import { asServiceRole } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { log } from "@/lib/log";
import { rateLimit, type PolicyName } from "@/lib/ratelimit";
import { ZForgotPasswordSchema } from "./account-schemas";
import type { CookieJar } from "./cookie-jar";
import { nextCookieJar } from "./next-cookies";
import { authEngine } from "./select-engine";
import type { AccountSession } from "./types";

// The public face of password reset and Settings › Account, over whichever engine runs. Rate
// limits live here, in front of either engine.

async function jarOr(jar?: CookieJar): Promise<CookieJar> {
  return jar ?? (await nextCookieJar());
}

async function limitOrThrow(policy: PolicyName, key: string, what: string): Promise<void> {
  const verdict = await rateLimit(policy, key);
  if (verdict.success) return;
  const minutes = Math.max(1, Math.ceil((verdict.reset - Date.now()) / 60_000));
  throw new AppError(
    "rate_limited",
    `Too many ${what}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    { details: { retryAfterSeconds: minutes * 60 } },
  );
}

const addressKey = (email: string) => createHash("sha256").update(email).digest("hex");

/**
 * "Forgot password?": the same answer for every well-formed address. Limited per IP (told) and
 * per address (silently: the answer stays the same, no more mail goes out).
 */
export async function requestPasswordReset(
  input: { email: string },
  opts: { ip?: string | null } = {},
): Promise<void> {
  const parsed = ZForgotPasswordSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  await limitOrThrow("password_reset_ip", opts.ip ?? "unknown", "reset requests from your network");
  const { email } = parsed.data;
  const perAddress = await rateLimit("password_reset_email", addressKey(email));
  if (!perAddress.success) {
    log.warn("auth.password_reset_throttled", { policy: "password_reset_email" });
    return;
  }
  await authEngine().requestPasswordReset(email);
}

export const passwordResetUsable = (token: string) => authEngine().passwordResetUsable(token);

export async function resetPassword(input: { token: string; password: string }): Promise<void> {
  await authEngine().resetPassword(input.token, input.password);
}

export async function changePassword(
  input: { currentPassword: string; newPassword: string },
  opts: { cookies?: CookieJar } = {},
): Promise<void> {
  await authEngine().changePassword(
    await jarOr(opts.cookies),
    input.currentPassword,
    input.newPassword,
  );
}

export async function listSessions(opts: { cookies?: CookieJar } = {}): Promise<AccountSession[]> {
  return authEngine().listSessions(await jarOr(opts.cookies));
}

export async function revokeSession(
  sessionId: string,
  opts: { cookies?: CookieJar } = {},
): Promise<void> {
  await authEngine().revokeSession(await jarOr(opts.cookies), sessionId);
}

export async function signOutOthers(opts: { cookies?: CookieJar } = {}): Promise<void> {
  await authEngine().signOutOthers(await jarOr(opts.cookies));
}

/** The signed-in user's id, as a rate-limit key (the engine refuses the signed-out itself). */
async function userKey(jar: CookieJar): Promise<string> {
  return (await authEngine().readSession(jar))?.user.id ?? "signed-out";
}

export async function requestEmailChange(
  input: { email: string; currentPassword: string },
  opts: { cookies?: CookieJar } = {},
): Promise<void> {
  const jar = await jarOr(opts.cookies);
  await limitOrThrow("email_change", await userKey(jar), "email changes");
  await authEngine().requestEmailChange(jar, input.email, input.currentPassword);
}

export const confirmEmailChange = (token: string) => authEngine().confirmEmailChange(token);

export async function resendVerification(opts: { cookies?: CookieJar } = {}): Promise<void> {
  const jar = await jarOr(opts.cookies);
  await limitOrThrow("verification_resend", await userKey(jar), "verification emails");
  await authEngine().resendVerification(jar);
}

/**
 * The account's display name, kept where both engines keep it (auth.users.raw_user_meta_data;
 * the profile follows by trigger, the access token at its next renewal).
 */
export async function updateAccountName(userId: string, fullName: string): Promise<void> {
  const name = fullName.trim();
  await asServiceRole((tx) =>
    tx
      .updateTable("auth.users")
      .set({
        raw_user_meta_data: sql`case when ${name} = ''
          then coalesce(raw_user_meta_data, '{}'::jsonb) - 'full_name'
          else jsonb_set(coalesce(raw_user_meta_data, '{}'::jsonb), '{full_name}', to_jsonb(${name}::text)) end`,
      })
      .where("id", "=", userId)
      .execute(),
  );
}
