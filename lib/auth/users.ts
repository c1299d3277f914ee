import { sql } from "kysely";
import { asServiceRole, isUniqueViolation } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { hashPassword } from "./password";
import { ZSignUpSchema, type SignUpInput } from "./schemas";

export const EMAIL_TAKEN_MESSAGE = "An account with this email already exists";

function emailTaken(): AppError {
  return new AppError("validation_failed", "Some fields are invalid", {
    fields: { email: [EMAIL_TAKEN_MESSAGE] },
  });
}

/**
 * Validates, hashes and inserts a local user into auth.users (service role: there is no user yet
 * to act as). The profile row follows from the database trigger. Throws validation_failed with
 * every field error, and with an email field error when the address is taken — nothing is written.
 */
export async function createLocalUser(
  input: SignUpInput,
  opts: { confirmed?: boolean } = {},
): Promise<{ id: string; email: string }> {
  const parsed = ZSignUpSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { email, password, fullName } = parsed.data;

  const taken = await asServiceRole((tx) =>
    tx
      .selectFrom("auth.users")
      .select("id")
      .where(sql<string>`lower(email)`, "=", email)
      .executeTakeFirst(),
  );
  if (taken) throw emailTaken();

  const encrypted = await hashPassword(password);
  try {
    return await asServiceRole((tx) =>
      tx
        .insertInto("auth.users")
        .values({
          email,
          encrypted_password: encrypted,
          // Without mail there is no round trip to confirm: the address is taken on trust. With
          // mail, the account waits for its confirmation link (confirmed-sign-up.ts).
          email_confirmed_at: opts.confirmed === false ? null : new Date(),
          raw_user_meta_data: JSON.stringify(fullName ? { full_name: fullName } : {}),
        })
        .returning(["id", "email"])
        .executeTakeFirstOrThrow()
        .then((row) => ({ id: row.id, email: row.email ?? email })),
    );
  } catch (err) {
    // Two sign-ups racing for one address: the unique index decides, the loser gets the same error.
    if (isUniqueViolation(err)) throw emailTaken();
    throw err;
  }
}

export async function findLocalUserByEmail(email: string) {
  return asServiceRole((tx) =>
    tx
      .selectFrom("auth.users")
      .select(["id", "email", "encrypted_password", "raw_user_meta_data", "email_confirmed_at"])
      .where(sql<string>`lower(email)`, "=", email.toLowerCase())
      .executeTakeFirst(),
  );
}

/** An unconfirmed account is a pending sign-up: the newest one's password and name count. */
export async function setPendingSignUp(
  id: string,
  encryptedPassword: string,
  fullName: string | null,
): Promise<void> {
  await asServiceRole((tx) =>
    tx
      .updateTable("auth.users")
      .set({
        encrypted_password: encryptedPassword,
        raw_user_meta_data: JSON.stringify(fullName ? { full_name: fullName } : {}),
      })
      .where("id", "=", id)
      .where("email_confirmed_at", "is", null)
      .execute(),
  );
}

export async function deleteUser(id: string): Promise<void> {
  await asServiceRole((tx) => tx.deleteFrom("auth.users").where("id", "=", id).execute());
}

export async function touchLastSignIn(id: string, now = new Date()): Promise<void> {
  await asServiceRole((tx) =>
    tx.updateTable("auth.users").set({ last_sign_in_at: now }).where("id", "=", id).execute(),
  );
}
