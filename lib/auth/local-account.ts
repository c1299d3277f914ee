import { createHash, randomBytes } from "node:crypto";
import { sql } from "kysely";
import { asServiceRole } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { log } from "@/lib/log";
import { appLink, deliver } from "@/lib/mail";
import { recordAccountEvent } from "./account-audit";
import { ZChangeEmailSchema, ZChangePasswordSchema, ZNewPasswordSchema } from "./account-schemas";
import type { CookieJar } from "./cookie-jar";
import { startEmailConfirmation } from "./email-confirmation";
import type { AuthEngine } from "./engine";
import { hashPassword, verifyPassword } from "./password";
import {
  finishLocalPasswordReset,
  INVALID_RESET_MESSAGE,
  localResetTokenLive,
  startLocalPasswordReset,
} from "./password-reset";
import type { SessionCheck } from "./session-check";
import { sendConfirmationEmail } from "./sign-up-mail";
import type { Session } from "./types";
import { grantStartingCredits } from "./verification";

export const EMAIL_CHANGE_TTL_MS = 24 * 60 * 60 * 1000;
export const WRONG_PASSWORD_MESSAGE = "Current password is incorrect";
export const INVALID_EMAIL_CHANGE_MESSAGE =
  "This link is invalid, has expired or was already used. Change your email again for a new one.";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const hash = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export interface LocalAccountDeps {
  now: () => Date;
  sessions: SessionCheck;
  accessTtlMs: number;
  readSession: (jar: CookieJar) => Promise<Session | null>;
}

type AccountMethods = Pick<
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
>;

// Reset mail goes out without the request waiting on it (see startLocalPasswordReset); tests and
// a graceful shutdown can wait for what is still in flight.
const inFlight = new Set<Promise<void>>();
export async function settleResetMail(): Promise<void> {
  await Promise.all([...inFlight]);
}

const fieldError = (field: string, message: string) =>
  new AppError("validation_failed", "Some fields are invalid", { fields: { [field]: [message] } });

export function localAccountMethods(d: LocalAccountDeps): AccountMethods {
  async function signedIn(jar: CookieJar): Promise<Session> {
    const session = await d.readSession(jar);
    if (!session) throw new AppError("unauthenticated", "Sign in again to change your account.");
    return session;
  }

  async function checkPassword(userId: string, password: string): Promise<void> {
    const row = await asServiceRole((tx) =>
      tx
        .selectFrom("auth.users")
        .select("encrypted_password")
        .where("id", "=", userId)
        .executeTakeFirst(),
    );
    const ok = row?.encrypted_password
      ? await verifyPassword(row.encrypted_password, password)
      : false;
    if (!ok) throw fieldError("currentPassword", WRONG_PASSWORD_MESSAGE);
  }

  /** Revokes the account's sessions (all, or all but one) and ends them on this instance now. */
  async function endSessions(userId: string, keep?: string): Promise<string[]> {
    const at = d.now();
    const rows = await asServiceRole(async (tx) => {
      let q = tx
        .updateTable("auth.local_refresh_tokens")
        .set({ revoked_at: at })
        .where("user_id", "=", userId)
        .where("revoked_at", "is", null);
      if (keep) q = q.where("family_id", "<>", keep);
      return q.returning("family_id").execute();
    });
    const ids = [...new Set(rows.map((r) => r.family_id))];
    for (const id of ids) d.sessions.revoked(id, at, d.accessTtlMs);
    return ids;
  }

  return {
    async requestPasswordReset(email) {
      const { mailed } = await startLocalPasswordReset(email, d.now());
      inFlight.add(mailed);
      void mailed.finally(() => inFlight.delete(mailed));
    },

    passwordResetUsable: (token) => localResetTokenLive(token, d.now()),

    async resetPassword(token, password) {
      const parsed = ZNewPasswordSchema.safeParse(password);
      if (!parsed.success) throw fieldError("password", parsed.error.issues[0]!.message);
      const done = await finishLocalPasswordReset(token, parsed.data, d.now());
      if (!done) throw new AppError("not_found", INVALID_RESET_MESSAGE);
      for (const id of done.revokedSessions) d.sessions.revoked(id, d.now(), d.accessTtlMs);
      if (done.verified) await grantStartingCredits(done.userId);
    },

    async changePassword(jar, currentPassword, newPassword) {
      const session = await signedIn(jar);
      const parsed = ZChangePasswordSchema.safeParse({ currentPassword, newPassword });
      if (!parsed.success) throw validationError(parsed.error);
      await checkPassword(session.user.id, parsed.data.currentPassword);
      const encrypted = await hashPassword(parsed.data.newPassword);
      await asServiceRole(async (tx) => {
        await tx
          .updateTable("auth.users")
          .set({ encrypted_password: encrypted, updated_at: d.now() })
          .where("id", "=", session.user.id)
          .execute();
        await recordAccountEvent(tx, session.user.id, "account.password_changed", {});
      });
      await endSessions(session.user.id, String(session.claims.session_id));
      log.info("auth.password_changed", { userId: session.user.id, provider: "local" });
    },

    async listSessions(jar) {
      const session = await signedIn(jar);
      const at = d.now();
      const rows = await asServiceRole((tx) =>
        tx
          .selectFrom("auth.local_refresh_tokens")
          .select([
            "family_id",
            sql<Date>`min(created_at)`.as("started_at"),
            sql<Date>`max(created_at)`.as("last_used_at"),
            sql<string | null>`max(ip)`.as("ip"),
            sql<string | null>`max(user_agent)`.as("user_agent"),
          ])
          .where("user_id", "=", session.user.id)
          .where("revoked_at", "is", null)
          .groupBy("family_id")
          .having(sql<Date>`max(expires_at)`, ">", at)
          .orderBy(sql`max(created_at)`, "desc")
          .limit(100)
          .execute(),
      );
      return rows.map((r) => ({
        id: r.family_id,
        current: r.family_id === session.claims.session_id,
        startedAt: new Date(r.started_at),
        lastUsedAt: new Date(r.last_used_at),
        ip: r.ip,
        userAgent: r.user_agent,
      }));
    },

    async revokeSession(jar, sessionId) {
      const session = await signedIn(jar);
      const at = d.now();
      const rows = UUID.test(sessionId)
        ? await asServiceRole(async (tx) => {
            const done = await tx
              .updateTable("auth.local_refresh_tokens")
              .set({ revoked_at: at })
              .where("user_id", "=", session.user.id)
              .where("family_id", "=", sessionId)
              .where("revoked_at", "is", null)
              .returning("family_id")
              .execute();
            if (done.length)
              await recordAccountEvent(tx, session.user.id, "account.sessions_revoked", {
                sessions: 1,
              });
            return done;
          })
        : [];
      if (!rows.length) throw new AppError("not_found", "That session has already ended.");
      d.sessions.revoked(sessionId, at, d.accessTtlMs);
    },

    async signOutOthers(jar) {
      const session = await signedIn(jar);
      const ended = await endSessions(session.user.id, String(session.claims.session_id));
      await asServiceRole((tx) =>
        recordAccountEvent(tx, session.user.id, "account.sessions_revoked", {
          sessions: ended.length,
        }),
      );
    },

    async requestEmailChange(jar, newEmail, currentPassword) {
      const session = await signedIn(jar);
      const parsed = ZChangeEmailSchema.safeParse({ email: newEmail, currentPassword });
      if (!parsed.success) throw validationError(parsed.error);
      const { email } = parsed.data;
      if (email === session.user.email.toLowerCase())
        throw fieldError("email", "That is already your email address");
      await checkPassword(session.user.id, parsed.data.currentPassword);
      const taken = await asServiceRole((tx) =>
        tx
          .selectFrom("auth.users")
          .select("id")
          .where(sql<string>`lower(email)`, "=", email)
          .executeTakeFirst(),
      );
      // A taken address gets no link (it could never be confirmed) and the answer is the same:
      // the account page must not tell which addresses have accounts.
      if (taken) return;
      const token = randomBytes(32).toString("base64url");
      const at = d.now();
      await asServiceRole(async (tx) => {
        await tx
          .deleteFrom("auth.local_email_changes")
          .where("user_id", "=", session.user.id)
          .execute();
        await tx
          .insertInto("auth.local_email_changes")
          .values({
            token_hash: hash(token),
            user_id: session.user.id,
            new_email: email,
            expires_at: new Date(at.getTime() + EMAIL_CHANGE_TTL_MS),
            created_at: at,
          })
          .execute();
      });
      await deliver(email, "verify-email", {
        link: appLink(`/auth/email-change/${token}`),
        change: true,
        hours: EMAIL_CHANGE_TTL_MS / 3_600_000,
      });
    },

    async confirmEmailChange(token) {
      const dead = new AppError("not_found", INVALID_EMAIL_CHANGE_MESSAGE);
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw dead;
      const at = d.now();
      const done = await asServiceRole(async (tx) => {
        const row = await tx
          .deleteFrom("auth.local_email_changes")
          .where("token_hash", "=", hash(token))
          .where("expires_at", ">", at)
          .returning(["user_id", "new_email"])
          .executeTakeFirst();
        if (!row) return null;
        const old = await tx
          .selectFrom("auth.users")
          .select("email")
          .where("id", "=", row.user_id)
          .executeTakeFirstOrThrow();
        await tx
          .updateTable("auth.users")
          .set({ email: row.new_email, email_confirmed_at: at, updated_at: at })
          .where("id", "=", row.user_id)
          .execute();
        await recordAccountEvent(tx, row.user_id, "account.email_changed", {});
        return { userId: row.user_id, email: row.new_email, old: old.email };
      }).catch((err: unknown) => {
        // Someone took the address since the link was sent: the unique index decides.
        if ((err as { code?: string }).code === "23505")
          throw new AppError("conflict", "That address now belongs to another account.");
        throw err;
      });
      if (!done) throw dead;
      if (done.old) {
        await deliver(done.old, "notification", {
          subject: "The email of your Leadscout account was changed",
          paragraphs: [
            `Your Leadscout account now signs in with ${done.email} instead of this address.`,
            "If you did not make this change, reset your password from the sign-in page and tell your organization's admin.",
          ],
        }).catch((err: unknown) => log.warn("auth.email_changed_notice_failed", { err }));
      }
      await grantStartingCredits(done.userId);
      return { email: done.email };
    },

    async resendVerification(jar) {
      const session = await signedIn(jar);
      const user = await asServiceRole((tx) =>
        tx
          .selectFrom("auth.users")
          .select(["email", "email_confirmed_at"])
          .where("id", "=", session.user.id)
          .executeTakeFirstOrThrow(),
      );
      if (user.email_confirmed_at)
        throw new AppError("conflict", "Your email is already verified.");
      const token = await startEmailConfirmation(session.user.id, d.now());
      await sendConfirmationEmail(user.email ?? session.user.email, token);
    },
  };
}
