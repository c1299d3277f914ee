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

/**
 * An account whose address was never verified, with the organizations only it belongs to: a
 * newer sign-up for the address replaces it, so nothing made while looking around survives into
 * the account of whoever verifies the address.
 */
export async function discardUnverifiedUser(id: string): Promise<void> {
  await asServiceRole(async (tx) => {
    const user = await tx
      .selectFrom("auth.users")
      .select("id")
      .where("id", "=", id)
      .where("email_confirmed_at", "is", null)
      .forUpdate()
      .executeTakeFirst();
    if (!user) return;
    await tx
      .deleteFrom("organizations")
      .where("id", "in", (q) =>
        q.selectFrom("team_members").select("org_id").where("user_id", "=", id),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("team_members as other")
              .select("other.user_id")
              .whereRef("other.org_id", "=", "organizations.id")
              .where("other.user_id", "<>", id),
          ),
        ),
      )
      .execute();
    await tx.deleteFrom("auth.users").where("id", "=", id).execute();
  });
}

export async function deleteUser(id: string): Promise<void> {
  await asServiceRole((tx) => tx.deleteFrom("auth.users").where("id", "=", id).execute());
}

export async function touchLastSignIn(id: string, now = new Date()): Promise<void> {
  await asServiceRole((tx) =>
    tx.updateTable("auth.users").set({ last_sign_in_at: now }).where("id", "=", id).execute(),
  );
}
