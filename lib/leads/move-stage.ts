import { isPolicyRefusal, withUser, type JwtClaims, type Tx } from "@/lib/db";
import { AppError, notFound, validationError } from "@/lib/errors";
import { iso } from "@/lib/serialize";
import { ZLeadIdSchema, type LeadStage } from "./lead-query-schemas";
import { ZMoveStageSchema } from "./pipeline-schemas";
import { LEAD_LIST_COLUMNS, toLead, type Lead } from "./lead-view";
import { allowedNextStages, canMoveStage, refusedMoveMessage } from "./stages";
import { announceStageChanges } from "./stage-events";

/** Who changes a lead: the member (the API key's creator for API calls) and, for the API, the key. */
export interface LeadActor {
  claims: JwtClaims;
  apiKeyId?: string | null;
}

/** One row of a lead's stage history. */
export interface StageChange {
  id: string;
  lead_id: string;
  from: LeadStage | null;
  to: LeadStage;
  actor_id: string | null;
  api_key_id: string | null;
  changed_at: string;
}

const forbidden = (err?: unknown) =>
  new AppError("forbidden", "Your role in this organization may not change leads", { cause: err });

/** The 422 for a move outside the machine: names the current stage and what it allows. */
export function refusedMove(from: LeadStage, to: LeadStage): AppError {
  return new AppError("validation_failed", refusedMoveMessage(from, to), {
    fields: { stage: [refusedMoveMessage(from, to)] },
    details: { current_stage: from, requested_stage: to, allowed: allowedNextStages(from) },
  });
}

const movedMeanwhile = (now: LeadStage, expected: LeadStage) =>
  new AppError(
    "conflict",
    `The lead is in stage ${now} now, not ${expected}: someone moved it meanwhile. Reload and try again`,
    { details: { current_stage: now, expected_stage: expected } },
  );

/**
 * Moves one lead inside the caller's transaction: checks the machine, then writes with a
 * compare-and-set on the stage it read (`where stage = <old>`), so of two moves racing from the
 * same stage only one applies; the other finds no row and answers 409. Moving to the stage the
 * lead is in already changes nothing (undefined). Appends the history row on success.
 */
export async function applyStageMove(
  tx: Tx,
  orgId: string,
  leadId: string,
  to: LeadStage,
  actor: LeadActor,
  expected?: LeadStage,
): Promise<StageChange | undefined> {
  const lead = await tx
    .selectFrom("scraped_leads")
    .select("stage")
    .where("id", "=", leadId)
    .where("org_id", "=", orgId)
    .executeTakeFirst();
  if (!lead) throw notFound("Lead");
  const from = lead.stage;
  if (expected !== undefined && expected !== from) throw movedMeanwhile(from, expected);
  if (from === to) return undefined;
  if (!canMoveStage(from, to)) throw refusedMove(from, to);
  const moved = await tx
    .updateTable("scraped_leads")
    .set({ stage: to })
    .where("id", "=", leadId)
    .where("org_id", "=", orgId)
    .where("stage", "=", from)
    .returning("id")
    .executeTakeFirst();
  if (!moved) {
    // Either another move won the race (the stage differs now) or RLS hid the row from an
    // update this role may not make (a viewer): tell them apart by reading again.
    const now = await tx
      .selectFrom("scraped_leads")
      .select("stage")
      .where("id", "=", leadId)
      .where("org_id", "=", orgId)
      .executeTakeFirst();
    if (!now) throw notFound("Lead");
    if (now.stage !== from) throw movedMeanwhile(now.stage, from);
    throw forbidden();
  }
  const row = await tx
    .insertInto("lead_stage_changes")
    .values({
      org_id: orgId,
      lead_id: leadId,
      from_stage: from,
      to_stage: to,
      actor_id: actor.claims.sub,
      api_key_id: actor.apiKeyId ?? null,
    })
    .returning(["id", "created_at"])
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    lead_id: leadId,
    from,
    to,
    actor_id: actor.claims.sub,
    api_key_id: actor.apiKeyId ?? null,
    changed_at: iso(row.created_at)!,
  };
}

/** POST /api/v1/leads/{id}/stage and the lead page: one move, then its webhook event. */
export async function moveLeadStage(
  actor: LeadActor,
  orgId: string,
  leadId: string,
  input: unknown,
): Promise<{ lead: Lead; change: StageChange | null }> {
  if (!ZLeadIdSchema.safeParse(leadId).success) throw notFound("Lead");
  const parsed = ZMoveStageSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The stage move is invalid");
  const { stage, from } = parsed.data;
  try {
    const result = await withUser(actor.claims, async (tx) => {
      const change = await applyStageMove(tx, orgId, leadId, stage, actor, from);
      const row = await tx
        .selectFrom("scraped_leads")
        .select(LEAD_LIST_COLUMNS)
        .where("id", "=", leadId)
        .where("org_id", "=", orgId)
        .executeTakeFirstOrThrow();
      return { lead: toLead(row), change: change ?? null };
    });
    if (result.change) await announceStageChanges(orgId, [result.change]);
    return result;
  } catch (err) {
    if (isPolicyRefusal(err)) throw forbidden(err);
    throw err;
  }
}
