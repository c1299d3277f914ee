import { asServiceRole, type JwtClaims } from "@/lib/db";
import { unique } from "../helpers/db";

export interface TestUser {
  id: string;
  email: string;
  claims: JwtClaims;
}

/** A user as auth would leave it: an auth.users row (its trigger makes the profile) and claims. */
export async function createUser(prefix = "user"): Promise<TestUser> {
  const email = `${unique(prefix)}@example.test`.toLowerCase();
  const row = await asServiceRole((tx) =>
    tx.insertInto("auth.users").values({ email }).returning("id").executeTakeFirstOrThrow(),
  );
  return { id: row.id, email, claims: { sub: row.id, role: "authenticated", email } };
}

/** The raw token from an invitation link. */
export function tokenOf(link: string): string {
  const token = new URL(link).pathname.split("/").pop();
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}
