import type { StageConversion, StageCount } from "./schemas";

// Conversion between pipeline stages. Today it is derived from where leads are now: a lead in
// "qualified" passed through "new" and "contacted". Once stage history exists, `reached` can come
// from it (a timestamp per stage reached) and `conversionOf` stays the same.

/** The pipeline's forward path; "lost" and "archived" end it from any point. */
export const FUNNEL_STAGES = ["new", "contacted", "qualified", "proposal", "won"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/**
 * How many leads reached each funnel stage, from the current stage of each lead. A lost or
 * archived lead counts as having reached "new" only: without history, how far it got is unknown.
 */
export function reachedFromCurrentStages(counts: StageCount[]): Record<FunnelStage, number> {
  const at = new Map(counts.map((c) => [c.stage, c.leads]));
  const all = counts.reduce((n, c) => n + c.leads, 0);
  const out = {} as Record<FunnelStage, number>;
  FUNNEL_STAGES.forEach((stage, i) => {
    out[stage] = i === 0 ? all : FUNNEL_STAGES.slice(i).reduce((n, s) => n + (at.get(s) ?? 0), 0);
  });
  return out;
}

/** Each stage's reach and the share of the previous stage's leads that got there. */
export function conversionOf(reached: Record<FunnelStage, number>): StageConversion[] {
  return FUNNEL_STAGES.map((stage, i) => {
    const prev = i === 0 ? null : reached[FUNNEL_STAGES[i - 1]!];
    return {
      stage,
      reached: reached[stage],
      rate: prev === null || prev === 0 ? null : reached[stage] / prev,
    };
  });
}
