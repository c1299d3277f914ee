import type { Role, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZOrgIdSchema } from "./schemas";

/**
 * The caller's role in `orgId`, read under RLS. Not a member — including any other tenant's id or
 * a malformed id — is `not_found`, never `forbidden`: a stranger learns nothing about the org.
 */
export async function requireMembership(
  tx: Tx,
  userId: string,
  orgId: string,
  allowed?: readonly Role[],
): Promise<Role> {
  if (!ZOrgIdSchema.safeParse(orgId).success) throw orgNotFound();
  const row = await tx
    .selectFrom("team_members")
    .select("role")
    .where("org_id", "=", orgId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) throw orgNotFound();
  if (allowed && !allowed.includes(row.role)) {
    throw new AppError("forbidden", forbiddenMessage(allowed));
  }
  return row.role;
}

export const orgNotFound = () => new AppError("not_found", "Organization not found");

function forbiddenMessage(allowed: readonly Role[]): string {
  return allowed.length === 1 && allowed[0] === "admin"
    ? "Only admins of this organization can do that"
    : "Your role in this organization does not allow that";
}
