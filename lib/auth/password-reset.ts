import { createHash, randomBytes } from "node:crypto";
import { sql } from "kysely";
import { asServiceRole } from "@/lib/db";
import { log } from "@/lib/log";
import { appLink, deliver } from "@/lib/mail";
import { recordAccountEvent } from "./account-audit";
import { hashPassword } from "./password";

export const RESET_TTL_MS = 30 * 60 * 1000;
/** 32 random bytes (256 bits), base64url: the shape a reset link carries. */
export const RESET_TOKEN = /^[A-Za-z0-9_-]{43}$/;
export const INVALID_RESET_MESSAGE =
  "This reset link is invalid, has expired or was already used. Ask for a new one.";

const hash = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/**
 * Local engine. For an address with an account: a fresh single-use link (only its hash stored;
 * any earlier link stops working), mailed. For any other address: nothing. The caller answers the
 * same either way; the message goes out without the caller waiting on it (deliver's promise is
 * handed back for tests and logged on failure), so timing does not tell either.
 */
export async function startLocalPasswordReset(
  email: string,
  now: Date,
): Promise<{ mailed: Promise<void> }> {
  const user = await asServiceRole((tx) =>
    tx
      .selectFrom("auth.users")
      .select(["id", "email"])
      .where(sql<string>`lower(email)`, "=", email.toLowerCase())
      .executeTakeFirst(),
  );
  if (!user?.email) return { mailed: Promise.resolve() };
  const token = randomBytes(32).toString("base64url");
  await asServiceRole(async (tx) => {
    await tx.deleteFrom("auth.local_password_resets").where("user_id", "=", user.id).execute();
    await tx
      .insertInto("auth.local_password_resets")
      .values({
        token_hash: hash(token),
        user_id: user.id,
        expires_at: new Date(now.getTime() + RESET_TTL_MS),
        created_at: now,
      })
      .execute();
  });
  const mailed = deliver(user.email, "password-reset", {
    link: appLink(`/reset-password/${token}`),
    minutes: RESET_TTL_MS / 60_000,
  }).then(
    () => log.info("auth.password_reset_requested", { userId: user.id, provider: "local" }),
    (err: unknown) => log.error("auth.password_reset_mail_failed", { err, userId: user.id }),
  );
  return { mailed };
}

/** Whether a reset link is live (the page shows the form only then); spends nothing. */
export async function localResetTokenLive(token: string, now: Date): Promise<boolean> {
  if (!RESET_TOKEN.test(token)) return false;
  const row = await asServiceRole((tx) =>
    tx
      .selectFrom("auth.local_password_resets")
      .select("user_id")
      .where("token_hash", "=", hash(token))
      .where("expires_at", ">", now)
      .executeTakeFirst(),
  );
  return row !== undefined;
}

/**
 * Spends a reset token (once: the delete decides between two racing submits), sets the new
 * password and revokes every session of the account. Following the link proves the address, so
 * an unverified account becomes verified. The user and the sessions ended, or null for an
 * unknown, used or expired token.
 */
export async function finishLocalPasswordReset(
  token: string,
  password: string,
  now: Date,
): Promise<{ userId: string; email: string; revokedSessions: string[]; verified: boolean } | null> {
  if (!RESET_TOKEN.test(token)) return null;
  const encrypted = await hashPassword(password);
  const done = await asServiceRole(async (tx) => {
    const row = await tx
      .deleteFrom("auth.local_password_resets")
      .where("token_hash", "=", hash(token))
      .where("expires_at", ">", now)
      .returning("user_id")
      .executeTakeFirst();
    if (!row) return null;
    const before = await tx
      .selectFrom("auth.users")
      .select("email_confirmed_at")
      .where("id", "=", row.user_id)
      .executeTakeFirstOrThrow();
    const user = await tx
      .updateTable("auth.users")
      .set({
        encrypted_password: encrypted,
        email_confirmed_at: before.email_confirmed_at ?? now,
        updated_at: now,
      })
      .where("id", "=", row.user_id)
      .returning(["id", "email"])
      .executeTakeFirstOrThrow();
    const revoked = await tx
      .updateTable("auth.local_refresh_tokens")
      .set({ revoked_at: now })
      .where("user_id", "=", row.user_id)
      .where("revoked_at", "is", null)
      .returning("family_id")
      .execute();
    await recordAccountEvent(tx, row.user_id, "account.password_reset", {});
    return {
      userId: user.id,
      email: user.email ?? "",
      revokedSessions: [...new Set(revoked.map((r) => r.family_id))],
      verified: !before.email_confirmed_at,
    };
  });
  if (done) log.info("auth.password_reset", { userId: done.userId, provider: "local" });
  return done;
}
