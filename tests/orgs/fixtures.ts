import { asServiceRole, type JwtClaims } from "@/lib/db";
import { unique } from "../helpers/db";

export interface TestUser {
  id: string;
  email: string;
  claims: JwtClaims;
}

/**
 * A user as auth would leave it: an auth.users row (its trigger makes the profile) and claims.
 * Verified unless asked otherwise: unverified accounts cannot take invitations or get credits.
 */
export async function createUser(
  prefix = "user",
  opts: { verified?: boolean } = {},
): Promise<TestUser> {
  const email = `${unique(prefix)}@example.test`.toLowerCase();
  const verified = opts.verified ?? true;
  const row = await asServiceRole((tx) =>
    tx
      .insertInto("auth.users")
      .values({ email, email_confirmed_at: verified ? new Date() : null })
      .returning("id")
      .executeTakeFirstOrThrow(),
  );
  return { id: row.id, email, claims: { sub: row.id, role: "authenticated", email } };
}

/** The raw token from an invitation link. */
export function tokenOf(link: string): string {
  const token = new URL(link).pathname.split("/").pop();
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}
