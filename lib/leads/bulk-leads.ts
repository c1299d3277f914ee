import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { isPolicyRefusal, withUser, type JwtClaims } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { iso } from "@/lib/serialize";
import { ZLeadIdSchema, ZLeadStageSchema, type LeadStage } from "./lead-query-schemas";
import { LEAD_LIST_COLUMNS, toLead, type Lead } from "./lead-view";
import type { LeadActor, StageChange } from "./move-stage";
import { announceStageChanges } from "./stage-events";
import { allowedNextStages, canMoveStage, refusedMoveMessage } from "./stages";

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

/**
 * Moves every selected lead of the organization to `stage`, through the machine: if any selected
 * lead may not make the move, nothing moves and the 422 names each refused lead's stage. Leads
 * already in `stage` are left as they are. Each write is a compare-and-set on the stage read, so
 * a lead moved meanwhile by someone else fails the whole batch with 409.
 */
export async function updateLeadsStage(
  actor: LeadActor,
  orgId: string,
  input: unknown,
): Promise<{ updated: number }> {
  const parsed = ZBulkStageSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { ids, stage } = parsed.data;
  try {
    const changes = await withUser(actor.claims, async (tx) => {
      const found = await tx
        .selectFrom("scraped_leads")
        .select(["id", "stage"])
        .where("org_id", "=", orgId)
        .where("id", "in", ids)
        .execute();
      const moving = found.filter((l) => l.stage !== stage);
      const refused = moving.filter((l) => !canMoveStage(l.stage, stage));
      if (refused.length) throw refusedBatch(refused, stage);
      if (!moving.length) return [];
      const byStage = byStageOf(moving);
      let moved = 0;
      for (const [from, leads] of byStage) {
        const rows = await tx
          .updateTable("scraped_leads")
          .set({ stage })
          .where("org_id", "=", orgId)
          .where("stage", "=", from)
          .where(
            "id",
            "in",
            leads.map((l) => l.id),
          )
          .returning("id")
          .execute();
        moved += rows.length;
      }
      if (moved < moving.length)
        throw new AppError(
          "conflict",
          "Some of the selected leads were changed meanwhile (or may not be changed by you); nothing moved. Reload and try again",
        );
      const rows = await tx
        .insertInto("lead_stage_changes")
        .values(
          moving.map((l) => ({
            org_id: orgId,
            lead_id: l.id,
            from_stage: l.stage,
            to_stage: stage,
            actor_id: actor.claims.sub,
            api_key_id: actor.apiKeyId ?? null,
          })),
        )
        .returning(["id", "lead_id", "from_stage", "to_stage", "created_at"])
        .execute();
      return rows.map((r): StageChange => ({
        id: r.id,
        lead_id: r.lead_id,
        from: r.from_stage,
        to: r.to_stage,
        actor_id: actor.claims.sub,
        api_key_id: actor.apiKeyId ?? null,
        changed_at: iso(r.created_at)!,
      }));
    });
    await announceStageChanges(orgId, changes);
    return { updated: changes.length };
  } catch (err) {
    if (refusedByPolicy(err)) throw forbidden(err);
    throw err;
  }
}

function byStageOf<T extends { stage: LeadStage }>(leads: T[]): Map<LeadStage, T[]> {
  const out = new Map<LeadStage, T[]>();
  for (const l of leads) out.set(l.stage, [...(out.get(l.stage) ?? []), l]);
  return out;
}

/** The batch's 422: how many leads of each stage cannot make the move, and what they allow. */
function refusedBatch(refused: { id: string; stage: LeadStage }[], to: LeadStage): AppError {
  const counts = byStageOf(refused);
  const messages = [...counts].map(
    ([from, leads]) =>
      `${leads.length} selected ${leads.length === 1 ? "lead is" : "leads are"} ${from}: ${refusedMoveMessage(from, to)}`,
  );
  return new AppError(
    "validation_failed",
    `Nothing moved: ${refused.length} of the selected leads cannot move to ${to}`,
    {
      fields: { stage: messages },
      details: {
        requested_stage: to,
        refused: refused.map((l) => ({
          id: l.id,
          current_stage: l.stage,
          allowed: allowedNextStages(l.stage),
        })),
      },
    },
  );
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
