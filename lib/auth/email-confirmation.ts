import { createHash, randomBytes } from "node:crypto";
import { asServiceRole } from "@/lib/db";

export const CONFIRMATION_TTL_MS = 24 * 60 * 60 * 1000;

const hash = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** 32 random bytes, base64url: the shape a confirmation link carries. */
export const CONFIRMATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A fresh confirmation token for an account whose address is not confirmed yet; any earlier link
 * stops working, so only the newest email confirms. Only the token's hash is stored.
 */
export async function startEmailConfirmation(userId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await asServiceRole(async (tx) => {
    await tx.deleteFrom("auth.local_email_confirmations").where("user_id", "=", userId).execute();
    await tx
      .insertInto("auth.local_email_confirmations")
      .values({
        token_hash: hash(token),
        user_id: userId,
        expires_at: new Date(now.getTime() + CONFIRMATION_TTL_MS),
        created_at: now,
      })
      .execute();
  });
  return token;
}

/**
 * Spends a confirmation token (once) and marks its account's address confirmed; the account, or
 * null for an unknown, used or expired token.
 */
export async function confirmEmailToken(
  token: string,
  now = new Date(),
): Promise<{ id: string; email: string; fullName: string | null } | null> {
  if (!CONFIRMATION_TOKEN.test(token)) return null;
  return asServiceRole(async (tx) => {
    const row = await tx
      .deleteFrom("auth.local_email_confirmations")
      .where("token_hash", "=", hash(token))
      .where("expires_at", ">", now)
      .returning("user_id")
      .executeTakeFirst();
    if (!row) return null;
    const user = await tx
      .updateTable("auth.users")
      .set({ email_confirmed_at: now })
      .where("id", "=", row.user_id)
      .returning(["id", "email", "raw_user_meta_data"])
      .executeTakeFirstOrThrow();
    const meta = user.raw_user_meta_data ?? {};
    return {
      id: user.id,
      email: user.email ?? "",
      fullName: typeof meta.full_name === "string" ? meta.full_name : null,
    };
  });
}
