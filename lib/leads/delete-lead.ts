import { recordAudit } from "@/lib/audit";
import { withUser, type JwtClaims } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { ZLeadIdSchema } from "./lead-query-schemas";

/** Deletes a lead (its enrichment goes with it); another org's lead is not found. */
export async function deleteLead(
  claims: JwtClaims,
  orgId: string,
  leadId: string,
): Promise<{ id: string; deleted: true }> {
  if (!ZLeadIdSchema.safeParse(leadId).success) throw notFound("Lead");
  const row = await withUser(claims, async (tx) => {
    const deleted = await tx
      .deleteFrom("scraped_leads")
      .where("id", "=", leadId)
      .where("org_id", "=", orgId)
      .returning(["id", "name", "domain"])
      .executeTakeFirst();
    if (deleted)
      await recordAudit(tx, {
        orgId,
        actorId: claims.sub,
        action: "lead.deleted",
        targetType: "lead",
        targetId: deleted.id,
        metadata: { count: 1, name: deleted.name, domain: deleted.domain },
      });
    return deleted;
  });
  if (!row) throw notFound("Lead");
  return { id: row.id, deleted: true };
}
