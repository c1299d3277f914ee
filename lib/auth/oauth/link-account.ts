import { sql } from "kysely";
import { asServiceRole, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { discardUnverifiedUser } from "../users";
import type { ProviderIdentity } from "./identity";
import { OAUTH_PROVIDER_LABELS } from "./schemas";

export interface LinkedUser {
  id: string;
  email: string;
  fullName: string | null;
  /** A new account, or one that had never been confirmed: it has no organization yet. */
  needsOrganization: boolean;
}

export function unverifiedEmailError(identity: ProviderIdentity): AppError {
  const name = OAUTH_PROVIDER_LABELS[identity.provider];
  return new AppError(
    "forbidden",
    `Your ${name} account has no verified email address. Verify your address with ${name} ` +
      "and try again, or sign up with email and password.",
  );
}

type UserRow = {
  id: string;
  email: string | null;
  meta: Record<string, unknown> | null;
  confirmed: boolean;
};

const fullNameOf = (row: UserRow, identity: ProviderIdentity) =>
  typeof row.meta?.full_name === "string" ? row.meta.full_name : identity.name;

async function userBy(tx: Tx, where: "identity" | "email", identity: ProviderIdentity) {
  const rows =
    where === "identity"
      ? await sql<UserRow>`select u.id, u.email, u.raw_user_meta_data as meta,
            u.email_confirmed_at is not null as confirmed
          from auth.local_identities i join auth.users u on u.id = i.user_id
          where i.provider = ${identity.provider} and i.subject = ${identity.subject}`.execute(tx)
      : await sql<UserRow>`select id, email, raw_user_meta_data as meta,
            email_confirmed_at is not null as confirmed
          from auth.users where lower(email) = ${identity.email} for update`.execute(tx);
  return rows.rows[0];
}

async function link(tx: Tx, userId: string, identity: ProviderIdentity, now: Date) {
  await sql`insert into auth.local_identities (provider, subject, user_id, last_sign_in_at)
    values (${identity.provider}, ${identity.subject}, ${userId}, ${now})
    on conflict (provider, subject) do update set last_sign_in_at = excluded.last_sign_in_at`.execute(
    tx,
  );
  await tx
    .updateTable("auth.users")
    .set({ last_sign_in_at: now })
    .where("id", "=", userId)
    .execute();
}

/**
 * The account a provider sign-in lands in. A provider account seen before signs in as the user it
 * was linked to. Otherwise the provider's address must be verified, and then:
 *  - an existing, confirmed account with that address is linked (the provider has just proved the
 *    address belongs to this person);
 *  - a sign-up never confirmed is discarded first (discardUnverifiedUser: its sessions and the
 *    organizations only it belonged to go), then a fresh account is made: whoever registered the
 *    address never proved it, and must leave nothing behind for the real owner (a "pre-hijacked"
 *    account — a session, a webhook);
 *  - no account: one is created, confirmed, without a password.
 * An unverified address never links and never creates: anybody can type any address at GitHub.
 * `beforeCreate` runs before a new account is written (the sign-up rate limit).
 */
export async function linkProviderAccount(
  identity: ProviderIdentity,
  now: Date,
  beforeCreate: () => Promise<void>,
): Promise<LinkedUser> {
  const known = await asServiceRole((tx) => userBy(tx, "identity", identity));
  if (known) {
    await asServiceRole((tx) => link(tx, known.id, identity, now));
    const fullName = fullNameOf(known, identity);
    return { id: known.id, email: known.email ?? "", fullName, needsOrganization: false };
  }
  if (!identity.email || !identity.emailVerified) throw unverifiedEmailError(identity);
  const email = identity.email;

  let existing = await asServiceRole((tx) => userBy(tx, "email", identity));
  if (existing && !existing.confirmed) {
    await discardUnverifiedUser(existing.id);
    existing = undefined;
  }
  if (!existing) await beforeCreate();
  return asServiceRole(async (tx) => {
    const row = existing ? await userBy(tx, "email", identity) : undefined;
    if (row?.confirmed) {
      await link(tx, row.id, identity, now);
      return { id: row.id, email, fullName: fullNameOf(row, identity), needsOrganization: false };
    }
    // A concurrent sign-up taking the address makes this insert fail on the unique email; the
    // person simply tries again and is linked then.
    const created = await tx
      .insertInto("auth.users")
      .values({
        email,
        encrypted_password: null,
        email_confirmed_at: now,
        raw_user_meta_data: JSON.stringify(identity.name ? { full_name: identity.name } : {}),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await link(tx, created.id, identity, now);
    return { id: created.id, email, fullName: identity.name, needsOrganization: true };
  });
}
