import { sql } from "kysely";
import { asServiceRole, type JwtClaims } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The claims a user would carry when signed in, looked up by email. The CLI is an operator
 * tool, so it acts as a named user and their RLS applies from there on.
 */
export async function claimsForEmail(email: string, field: string): Promise<JwtClaims> {
  const wanted = email.trim().toLowerCase();
  const user = await asServiceRole((tx) =>
    tx
      .selectFrom("auth.users")
      .select(["id", "email"])
      .where(sql<string>`lower(email)`, "=", wanted)
      .executeTakeFirst(),
  );
  if (!user) {
    throw new AppError("not_found", `No user with email ${wanted}`, {
      fields: { [field]: ["No user with this email"] },
    });
  }
  return { sub: user.id, role: "authenticated", email: user.email ?? wanted, aud: "authenticated" };
}
