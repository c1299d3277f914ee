import { z } from "zod";
import type { Tx } from "@/lib/db";
import { ZLeadStatusSchema, ZQualificationMethodSchema } from "./lead-query-schemas";

// The qualifier's output (mcp-servers/qualifier/src/lib/schemas/qualification.ts).
export const ZQualificationSchema = z.object({
  score: z.number().int().min(0).max(100),
  status: ZLeadStatusSchema,
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.unknown()),
  signals: z.array(z.unknown()),
  method: ZQualificationMethodSchema,
});
export type Qualification = z.infer<typeof ZQualificationSchema>;

export async function applyQualification(tx: Tx, leadId: string, q: Qualification): Promise<void> {
  await tx
    .updateTable("scraped_leads")
    .set({
      score: q.score,
      status: q.status,
      confidence: q.confidence,
      reasons: JSON.stringify(q.reasons),
      signals: JSON.stringify(q.signals),
      qualification_method: q.method,
    })
    .where("id", "=", leadId)
    .execute();
}

// The enricher's enrich_company output, the parts kept with the lead.
export const ZCompanyEnrichmentSchema = z
  .object({
    domain: z.string(),
    fields: z.record(z.string(), z.object({ provider: z.string(), confidence: z.number() })),
  })
  .loose();
export type CompanyEnrichment = z.infer<typeof ZCompanyEnrichmentSchema>;
