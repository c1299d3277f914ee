import { recordAudit } from "@/lib/audit";
import { withUser, type JwtClaims } from "@/lib/db";
import { validationError } from "@/lib/errors";
import { ZDeleteContactsSchema } from "./schemas";

/**
 * Deletes the selected contacts (admins and members: the delete policy decides; a viewer's or
 * another organization's ids delete nothing). The lead keeps the person in its scraped `people`,
 * so a later job over the same site finds them again. Audited with the count only.
 */
export async function deleteContacts(
  claims: JwtClaims,
  orgId: string,
  input: unknown,
): Promise<{ deleted: number }> {
  const parsed = ZDeleteContactsSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The selection is invalid");
  return withUser(claims, async (tx) => {
    const rows = await tx
      .deleteFrom("contacts")
      .where("org_id", "=", orgId)
      .where("id", "in", parsed.data.ids)
      .returning("id")
      .execute();
    if (rows.length)
      await recordAudit(tx, {
        orgId,
        actorId: claims.sub,
        action: "contacts.deleted",
        targetType: "contact",
        targetId: rows.length === 1 ? rows[0]!.id : null,
        metadata: { count: rows.length },
      });
    return { deleted: rows.length };
  });
}
