import type { AuthError, SupabaseClient } from "@supabase/supabase-js";
import { AppError, validationError } from "@/lib/errors";
import { log } from "@/lib/log";
import { appLink } from "@/lib/mail";
import { ZChangeEmailSchema, ZChangePasswordSchema, ZNewPasswordSchema } from "./account-schemas";
import { memoryCookieJar, type CookieJar } from "./cookie-jar";
import type { AuthEngine } from "./engine";
import { WRONG_PASSWORD_MESSAGE } from "./local-account";
import { INVALID_RESET_MESSAGE } from "./password-reset";
import type { Session } from "./types";

// Supabase Auth (GoTrue) does the mailing and keeps the tokens: POST /recover mails the reset
// link (its email template points at APP_URL/reset-password/{{ .TokenHash }}), POST /verify spends
// it and opens a recovery session, PUT /user sets the password, POST /logout?scope=… ends sessions.
// GoTrue lists no sessions to a user, so the account page shows the current one only.

const fieldError = (field: string, message: string) =>
  new AppError("validation_failed", "Some fields are invalid", { fields: { [field]: [message] } });

export interface SupabaseAccountDeps {
  /** A client over the given cookie jar (supabase-engine.ts). */
  clientFor: (jar: CookieJar) => SupabaseClient;
  toAppError: (error: AuthError) => AppError;
  currentSession: (jar: CookieJar) => Promise<Session | null>;
}

export function supabaseAccountMethods({
  clientFor: clientOver,
  toAppError,
  currentSession,
}: SupabaseAccountDeps): Pick<
  AuthEngine,
  | "requestPasswordReset"
  | "passwordResetUsable"
  | "resetPassword"
  | "changePassword"
  | "listSessions"
  | "revokeSession"
  | "signOutOthers"
  | "requestEmailChange"
  | "confirmEmailChange"
  | "resendVerification"
> {
  function passwordError(error: AuthError): AppError {
    if (error.code === "same_password")
      return fieldError("password", "Choose a password different from your current one");
    if (error.code === "weak_password")
      return fieldError("password", error.message || "Choose a stronger password");
    return toAppError(error);
  }

  async function signedIn(jar: CookieJar): Promise<Session> {
    const session = await currentSession(jar);
    if (!session) throw new AppError("unauthenticated", "Sign in again to change your account.");
    return session;
  }

  /** Checks a password the way GoTrue can: a sign-in of its own, in a throwaway jar, then ended. */
  async function checkPassword(email: string, password: string): Promise<void> {
    const client = clientOver(memoryCookieJar());
    const { error } = await client.auth.signInWithPassword({ email, password });
    if (error) {
      if (error.code === "invalid_credentials" || error.status === 400)
        throw fieldError("currentPassword", WRONG_PASSWORD_MESSAGE);
      throw toAppError(error);
    }
    await client.auth.signOut({ scope: "local" });
  }

  return {
    async requestPasswordReset(email) {
      const client = clientOver(memoryCookieJar());
      const { error } = await client.auth.resetPasswordForEmail(email, {
        redirectTo: appLink("/reset-password"),
      });
      // Whatever GoTrue says (its own per-address limit included) the answer stays the same.
      if (error)
        log.warn("auth.supabase_recover_failed", { code: error.code, status: error.status });
    },

    // GoTrue cannot check a link without spending it: the form shows, and its POST tells.
    passwordResetUsable: async (token) => token.length > 0 && token.length <= 200,

    async resetPassword(token, password) {
      const parsed = ZNewPasswordSchema.safeParse(password);
      if (!parsed.success) throw fieldError("password", parsed.error.issues[0]!.message);
      const client = clientOver(memoryCookieJar());
      const { data, error } = await client.auth.verifyOtp({ type: "recovery", token_hash: token });
      if (error || !data.session) {
        if (error && error.status !== 403 && error.status !== 400 && error.status !== 404)
          throw toAppError(error);
        throw new AppError("not_found", INVALID_RESET_MESSAGE);
      }
      const updated = await client.auth.updateUser({ password: parsed.data });
      if (updated.error) throw passwordError(updated.error);
      // Every session of the account ends, the recovery session included: sign in afresh.
      const out = await client.auth.signOut({ scope: "global" });
      if (out.error) log.warn("auth.supabase_sign_out_failed", { code: out.error.code });
      log.info("auth.password_reset", { userId: data.session.user.id, provider: "supabase" });
    },

    async changePassword(jar, currentPassword, newPassword) {
      const session = await signedIn(jar);
      const parsed = ZChangePasswordSchema.safeParse({ currentPassword, newPassword });
      if (!parsed.success) throw validationError(parsed.error);
      await checkPassword(session.user.email, parsed.data.currentPassword);
      const client = clientOver(jar);
      const { error } = await client.auth.updateUser({ password: parsed.data.newPassword });
      if (error) {
        const e = passwordError(error);
        throw e.fields?.password ? fieldError("newPassword", e.fields.password[0]!) : e;
      }
      const out = await client.auth.signOut({ scope: "others" });
      if (out.error) throw toAppError(out.error);
    },

    async listSessions(jar) {
      const session = await signedIn(jar);
      const iat = Number(session.claims.iat ?? 0) * 1000;
      return [
        {
          id: String(session.claims.session_id ?? "current"),
          current: true,
          startedAt: new Date(iat),
          lastUsedAt: new Date(iat),
          ip: null,
          userAgent: null,
        },
      ];
    },

    async revokeSession(jar, sessionId) {
      const session = await signedIn(jar);
      if (sessionId !== String(session.claims.session_id))
        throw new AppError("not_found", "That session has already ended.");
      await clientOver(jar).auth.signOut({ scope: "local" });
    },

    async signOutOthers(jar) {
      await signedIn(jar);
      const { error } = await clientOver(jar).auth.signOut({ scope: "others" });
      if (error) throw toAppError(error);
    },

    async requestEmailChange(jar, newEmail, currentPassword) {
      const session = await signedIn(jar);
      const parsed = ZChangeEmailSchema.safeParse({ email: newEmail, currentPassword });
      if (!parsed.success) throw validationError(parsed.error);
      if (parsed.data.email === session.user.email.toLowerCase())
        throw fieldError("email", "That is already your email address");
      await checkPassword(session.user.email, parsed.data.currentPassword);
      // GoTrue mails the new address (and, with secure email change, the old one) and switches
      // only once the link is followed.
      const { error } = await clientOver(jar).auth.updateUser(
        { email: parsed.data.email },
        { emailRedirectTo: appLink("/settings/account") },
      );
      if (error && error.code !== "email_exists") throw toAppError(error);
    },

    async confirmEmailChange() {
      // GoTrue checks its own email-change links.
      throw new AppError("not_found", "This link is handled by the sign-in service.");
    },

    async resendVerification(jar) {
      const session = await signedIn(jar);
      const { error } = await clientOver(jar).auth.resend({
        type: "signup",
        email: session.user.email,
      });
      if (error) throw toAppError(error);
    },
  };
}
