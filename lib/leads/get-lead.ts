import { withUser, type JwtClaims } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { ZLeadIdSchema } from "./lead-query-schemas";
import { LEAD_DETAIL_COLUMNS, toLeadDetail, type LeadDetail } from "./lead-view";

/** One lead with its enrichment, reasons, signals and sources; another org's lead is not found. */
export async function getLead(
  claims: JwtClaims,
  orgId: string,
  leadId: string,
): Promise<LeadDetail> {
  if (!ZLeadIdSchema.safeParse(leadId).success) throw notFound("Lead");
  return withUser(claims, async (tx) => {
    const row = await tx
      .selectFrom("scraped_leads")
      .select(LEAD_DETAIL_COLUMNS)
      .where("id", "=", leadId)
      .where("org_id", "=", orgId)
      .executeTakeFirst();
    if (!row) throw notFound("Lead");
    const enrichment = await tx
      .selectFrom("lead_enrichment")
      .select(["provider", "type", "data", "confidence", "updated_at"])
      .where("lead_id", "=", leadId)
      .where("org_id", "=", orgId)
      .orderBy("provider")
      .orderBy("type")
      .execute();
    return toLeadDetail(row, enrichment);
  });
}
