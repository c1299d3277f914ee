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
  const row = await withUser(claims, (tx) =>
    tx
      .deleteFrom("scraped_leads")
      .where("id", "=", leadId)
      .where("org_id", "=", orgId)
      .returning("id")
      .executeTakeFirst(),
  );
  if (!row) throw notFound("Lead");
  return { id: row.id, deleted: true };
}
