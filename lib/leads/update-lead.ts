import { isPolicyRefusal, withUser } from "@/lib/db";
import { AppError, notFound, validationError } from "@/lib/errors";
import { ZLeadIdSchema, ZUpdateLeadSchema } from "./lead-query-schemas";
import { insertNote } from "./lead-notes";
import { LEAD_LIST_COLUMNS, toLead, type Lead } from "./lead-view";
import { applyStageMove, type LeadActor, type StageChange } from "./move-stage";
import { announceStageChanges } from "./stage-events";

/**
 * PATCH /api/v1/leads/{id}: moves the stage (through the machine, lib/leads/stages.ts), adds a
 * note, replaces the tags — all in one transaction, so a refused move writes nothing else either.
 * Another org's lead is not found.
 */
export async function updateLead(
  actor: LeadActor,
  orgId: string,
  leadId: string,
  /** The raw body (UpdateLeadInput); validated here. */
  input: unknown,
): Promise<Lead> {
  if (!ZLeadIdSchema.safeParse(leadId).success) throw notFound("Lead");
  const parsed = ZUpdateLeadSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The lead update is invalid");
  const { stage, notes, tags } = parsed.data;
  try {
    let change: StageChange | undefined;
    const lead = await withUser(actor.claims, async (tx) => {
      if (stage !== undefined) change = await applyStageMove(tx, orgId, leadId, stage, actor);
      if (notes !== undefined) await insertNote(tx, orgId, leadId, notes, actor);
      const row =
        tags !== undefined
          ? await tx
              .updateTable("scraped_leads")
              .set({ tags })
              .where("id", "=", leadId)
              .where("org_id", "=", orgId)
              .returning(LEAD_LIST_COLUMNS)
              .executeTakeFirst()
          : await tx
              .selectFrom("scraped_leads")
              .select(LEAD_LIST_COLUMNS)
              .where("id", "=", leadId)
              .where("org_id", "=", orgId)
              .executeTakeFirst();
      if (!row) throw notFound("Lead");
      return toLead(row);
    });
    if (change) await announceStageChanges(orgId, [change]);
    return lead;
  } catch (err) {
    // RLS refuses the write for a viewer's key: the lead is visible but not theirs to change.
    if (isPolicyRefusal(err))
      throw new AppError("forbidden", "This key's owner may not change leads", { cause: err });
    throw err;
  }
}
