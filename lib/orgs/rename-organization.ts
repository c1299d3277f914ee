import { withUser, type JwtClaims } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { mapOrgDbError } from "./db-errors";
import { requireMembership } from "./membership";
import { ZRenameOrganizationSchema, type RenameOrganizationInput } from "./schemas";
import type { Organization } from "./types";

/** Renames an organization (admins only). The slug stays: links people saved keep working. */
export async function renameOrganization(
  claims: JwtClaims,
  orgId: string,
  input: RenameOrganizationInput,
): Promise<Organization> {
  const { name } = ZRenameOrganizationSchema.parse(input);
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin"]);
    try {
      const before = await tx
        .selectFrom("organizations")
        .select("name")
        .where("id", "=", orgId)
        .executeTakeFirstOrThrow();
      const org = await tx
        .updateTable("organizations")
        .set({ name, updated_at: new Date() })
        .where("id", "=", orgId)
        .returning(["id", "name", "slug", "created_at"])
        .executeTakeFirstOrThrow();
      await recordAudit(tx, {
        orgId,
        actorId: claims.sub,
        action: "organization.renamed",
        targetType: "organization",
        targetId: orgId,
        metadata: { from: before.name, to: name },
      });
      return { id: org.id, name: org.name, slug: org.slug, createdAt: org.created_at };
    } catch (err) {
      mapOrgDbError(err);
    }
  });
}
