import type { StageConversion } from "./schemas";

// Conversion between pipeline stages, from history: "of the leads that reached stage A in the
// range, how many went on to reach the next stage B" (at any time since, not only within the
// range: a lead contacted on the range's last day still counts when it is qualified a week later).
//
// - "Reached A in the range" means FIRST reached A on a day of the range: each lead keeps the time
//   it first reached each forward stage (scraped_leads.first_*_at, set when its stage changes,
//   migration 0030); "new" is its creation. A reopen (won → qualified, lost → contacted) neither
//   moves nor repeats those times, so a lead counts once per stage however often it comes back,
//   and a reopened lead that goes on from there counts as going on.
// - "Went on to B" means it first reached B at or after it first reached A. A lead that skipped A
//   (new → lost → qualified, a reopen past "contacted") is not in A's cohort.
// - A lead that arrived past "new" (imported at a stage; or at a stage already when history
//   began, migration 0025) reached that stage and the forward stages before it when it arrived.
// - lost and archived are not stages of the path: a lead that ends there simply goes no further.

/** The pipeline's forward path. */
export const FUNNEL_STAGES = ["new", "contacted", "qualified", "proposal", "won"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** One stage's counts as lead_stage_reach_counts sums them over the range's days. */
export interface StageReach {
  stage: string;
  reached: number;
  advanced: number;
}

/** Every funnel stage (zeros included, in path order) with its next stage and rate. */
export function conversionFrom(rows: StageReach[]): StageConversion[] {
  const at = new Map(rows.map((r) => [r.stage, r]));
  return FUNNEL_STAGES.map((stage, i) => {
    const next = FUNNEL_STAGES[i + 1] ?? null;
    const reached = at.get(stage)?.reached ?? 0;
    const advanced = next === null ? 0 : (at.get(stage)?.advanced ?? 0);
    return {
      stage,
      reached,
      next,
      advanced,
      rate: next === null || reached === 0 ? null : advanced / reached,
    };
  });
}
