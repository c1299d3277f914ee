import { withUser, type JwtClaims, type Role } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Who may export an organization's leads: the product's matrix (admin ✓, member ✓, viewer ✗).
 * Viewers read leads one page at a time; handing the whole list out as a file is for the roles
 * trusted with the data. An API key acts as its creator, so a viewer's key cannot export either.
 */
export const EXPORT_ROLES = ["admin", "member"] as const satisfies readonly Role[];

export const canExportLeads = (role: Role): boolean =>
  (EXPORT_ROLES as readonly Role[]).includes(role);

export const EXPORT_FORBIDDEN_MESSAGE =
  "Viewers cannot export leads. Ask an admin of the organization for the member role.";

/**
 * Refuses the export before anything is streamed, so the caller gets a 403 and not a 200 that
 * breaks off. The role is read now, not from a cached session: a demoted member stops at once.
 */
export async function assertCanExportLeads(claims: JwtClaims, orgId: string): Promise<void> {
  const row = await withUser(claims, (tx) =>
    tx
      .selectFrom("team_members")
      .select("role")
      .where("org_id", "=", orgId)
      .where("user_id", "=", claims.sub)
      .executeTakeFirst(),
  );
  if (!row) throw new AppError("not_found", "Organization not found");
  if (!canExportLeads(row.role)) throw new AppError("forbidden", EXPORT_FORBIDDEN_MESSAGE);
}
