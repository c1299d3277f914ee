import { LEAD_STAGES, type LeadStage } from "./lead-query-schemas";

// The pipeline as a state machine: the one table of allowed stage moves. Every path that changes a
// stage (the lead page, the bulk bar, PATCH and POST /api/v1/leads/{id}/stage) asks canMoveStage
// before writing, and the lead page offers only allowedNextStages. Client-safe (no server imports).
//
// - Forward one step at a time: new → contacted → qualified → proposal → won.
// - "lost" from any open stage (the deal ended without a sale).
// - Reopen: won → qualified (the deal is back in negotiation) and lost → contacted or qualified
//   (the prospect came back; qualified when the earlier qualification still holds).
// - "archived" (it existed before the machine: a stage any lead could be set to, with no other
//   effect) means taken out of the pipeline altogether — a duplicate, spam, not worth pursuing —
//   unlike "lost", which is a pursued deal that ended. Any stage may be archived; restoring an
//   archived lead starts it again at "new" (its history keeps where it had been).
export const STAGE_TRANSITIONS = {
  new: ["contacted", "lost", "archived"],
  contacted: ["qualified", "lost", "archived"],
  qualified: ["proposal", "lost", "archived"],
  proposal: ["won", "lost", "archived"],
  won: ["qualified", "archived"],
  lost: ["contacted", "qualified", "archived"],
  archived: ["new"],
} as const satisfies Record<LeadStage, readonly LeadStage[]>;

/** Moves out of a closed stage (won, lost, archived) that put a lead back into the pipeline. */
export const isReopen = (from: LeadStage, to: LeadStage): boolean =>
  (from === "won" || from === "lost" || from === "archived") && to !== "archived";

export const STAGE_LABELS: Record<LeadStage, string> = {
  new: "New",
  contacted: "Contacted",
  qualified: "Qualified",
  proposal: "Proposal",
  won: "Won",
  lost: "Lost",
  archived: "Archived",
};

export function allowedNextStages(from: LeadStage): readonly LeadStage[] {
  return STAGE_TRANSITIONS[from];
}

export function canMoveStage(from: LeadStage, to: LeadStage): boolean {
  return (STAGE_TRANSITIONS[from] as readonly LeadStage[]).includes(to);
}

const list = (stages: readonly string[]) =>
  stages.length <= 1
    ? (stages[0] ?? "nothing")
    : `${stages.slice(0, -1).join(", ")} or ${stages.at(-1)}`;

/** Why a move is refused, in words a person can act on (the 422's field message). */
export function refusedMoveMessage(from: LeadStage, to: LeadStage): string {
  if (from === to) return `The lead is already ${from}`;
  return `A lead in stage ${from} cannot move to ${to}; from ${from} it can move to ${list(
    STAGE_TRANSITIONS[from],
  )}`;
}

/** Stages in pipeline order, for pickers and the history's "first reached" list. */
export const PIPELINE_ORDER: readonly LeadStage[] = LEAD_STAGES;
