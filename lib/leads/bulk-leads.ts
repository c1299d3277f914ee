import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { isPolicyRefusal, withUser, type JwtClaims } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { ZLeadIdSchema, ZLeadStageSchema } from "./lead-query-schemas";
import { LEAD_LIST_COLUMNS, toLead, type Lead } from "./lead-view";

// Bulk actions on the leads the dashboard table has selected: one statement each, so a batch is
// all or nothing. A selection is one page of the table at most.

export const MAX_BULK_LEADS = 100;
export const ZLeadIdsSchema = z
  .array(ZLeadIdSchema)
  .min(1, "Select at least one lead")
  .max(MAX_BULK_LEADS, `Select at most ${MAX_BULK_LEADS} leads`)
  .transform((ids) => [...new Set(ids)]);
export const ZBulkStageSchema = z.object({ ids: ZLeadIdsSchema, stage: ZLeadStageSchema });
export const ZBulkLeadsSchema = z.object({ ids: ZLeadIdsSchema });

const refusedByPolicy = isPolicyRefusal;
const forbidden = (err: unknown) =>
  new AppError("forbidden", "Your role in this organization may not change leads", { cause: err });

/** Moves every selected lead of the organization to `stage`; answers how many moved. */
export async function updateLeadsStage(
  claims: JwtClaims,
  orgId: string,
  input: unknown,
): Promise<{ updated: number }> {
  const parsed = ZBulkStageSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { ids, stage } = parsed.data;
  try {
    const rows = await withUser(claims, (tx) =>
      tx
        .updateTable("scraped_leads")
        .set({ stage })
        .where("org_id", "=", orgId)
        .where("id", "in", ids)
        .returning("id")
        .execute(),
    );
    return { updated: rows.length };
  } catch (err) {
    if (refusedByPolicy(err)) throw forbidden(err);
    throw err;
  }
}

/**
 * Deletes every selected lead of the organization (their enrichment goes with them). RLS hides
 * rows a viewer may not delete instead of failing, so a viewer's call deletes nothing.
 */
export async function deleteLeads(
  claims: JwtClaims,
  orgId: string,
  input: unknown,
): Promise<{ deleted: number }> {
  const parsed = ZBulkLeadsSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const rows = await withUser(claims, async (tx) => {
    const deleted = await tx
      .deleteFrom("scraped_leads")
      .where("org_id", "=", orgId)
      .where("id", "in", parsed.data.ids)
      .returning(["id", "name"])
      .execute();
    if (deleted.length)
      await recordAudit(tx, {
        orgId,
        actorId: claims.sub,
        action: "lead.deleted",
        targetType: "lead",
        targetId: deleted.length === 1 ? deleted[0]!.id : null,
        metadata: { count: deleted.length, ids: deleted.map((r) => r.id) },
      });
    return deleted;
  });
  return { deleted: rows.length };
}

/** The selected leads, in the list's shape, for exporting a selection (recorded in the audit log). */
export async function getLeadsByIds(
  claims: JwtClaims,
  orgId: string,
  input: unknown,
): Promise<Lead[]> {
  const parsed = ZBulkLeadsSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const rows = await withUser(claims, async (tx) => {
    const found = await tx
      .selectFrom("scraped_leads")
      .select(LEAD_LIST_COLUMNS)
      .where("org_id", "=", orgId)
      .where("id", "in", parsed.data.ids)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .execute();
    await recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "leads.exported",
      targetType: "lead",
      targetId: null,
      metadata: { format: "csv", selection: found.length },
    });
    return found;
  });
  return rows.map(toLead);
}
