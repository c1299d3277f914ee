import type { RuleSet } from "./rules/schema";
import { scoreLead } from "./rules/score";
import type { LeadData } from "./schemas/lead";
import type { Qualification } from "./schemas/qualification";

// Scoring engines in order of preference. Each lead goes to the first engine; the ones it could
// not score go to the next, carrying the reason. The rules engine is last and never fails.

export type EngineOutcome =
  { ok: true; qualification: Qualification } | { ok: false; reason: string };

export interface Engine {
  name: "llm" | "rules";
  /** `onProgress` is told how many of `leads` are done so far (long Claude batches report it). */
  qualify(
    leads: LeadData[],
    ruleSet: RuleSet,
    onProgress?: (done: number) => void,
  ): Promise<EngineOutcome[]>;
}

export const rulesEngine: Engine = {
  name: "rules",
  qualify: async (leads, ruleSet) =>
    leads.map((lead) => ({ ok: true, qualification: scoreLead(lead, ruleSet) })),
};

export async function qualifyWithFallback(
  engines: Engine[],
  leads: LeadData[],
  ruleSet: RuleSet,
  onProgress?: (done: number, total: number) => void,
): Promise<Qualification[]> {
  const results: (Qualification | undefined)[] = new Array(leads.length);
  const reasons: (string | undefined)[] = new Array(leads.length);
  let pending = leads.map((_, i) => i);
  // MCP progress must increase with each notification: the engine's last step may already have
  // reported every lead done, and the closing report below must not say it again.
  let reported = -1;
  const progress = (done: number) => {
    if (!onProgress || done <= reported) return;
    reported = done;
    onProgress(done, leads.length);
  };
  for (const engine of engines) {
    if (pending.length === 0) break;
    // Progress follows the first engine (the slow one); fallbacks to rules are near instant.
    const report = engine === engines[0] && onProgress ? progress : undefined;
    const outcomes = await engine.qualify(
      pending.map((i) => leads[i]!),
      ruleSet,
      report,
    );
    const still: number[] = [];
    pending.forEach((leadIndex, k) => {
      const outcome = outcomes[k];
      if (outcome?.ok) {
        const fallbackReason = reasons[leadIndex];
        results[leadIndex] = fallbackReason
          ? { ...outcome.qualification, fallbackReason }
          : outcome.qualification;
      } else {
        reasons[leadIndex] = outcome?.reason ?? `${engine.name} engine returned no result`;
        still.push(leadIndex);
      }
    });
    pending = still;
  }
  progress(leads.length);
  return results.map(
    (q, i) => q ?? { ...scoreLead(leads[i]!, ruleSet), fallbackReason: reasons[i] },
  );
}
