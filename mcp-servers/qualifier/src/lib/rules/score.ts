import type { LeadData } from "../schemas/lead";
import type { LeadStatus, Qualification, Reason, Signal } from "../schemas/qualification";
import { detectLeadSignals } from "../signals/detect";
import { compileCondition, type CompiledCondition } from "./evaluate";
import { buildFacts } from "./facts";
import type { RuleSet, Thresholds } from "./schema";

// The deterministic rules engine: same lead and rules in, same qualification out. Every point
// awarded is a reason with its evidence, so a sales rep can see why a lead is hot.

interface CompiledRule {
  label: string;
  points: number;
  check: CompiledCondition;
}

const compiled = new WeakMap<RuleSet, CompiledRule[]>();

function compileRuleSet(ruleSet: RuleSet): CompiledRule[] {
  let rules = compiled.get(ruleSet);
  if (!rules) {
    rules = ruleSet.rules.map((r) => ({
      label: r.label,
      points: r.points,
      check: compileCondition(r.when),
    }));
    compiled.set(ruleSet, rules);
  }
  return rules;
}

export function statusFor(score: number, thresholds: Thresholds): LeadStatus {
  if (score >= thresholds.hot) return "hot";
  if (score >= thresholds.warm) return "warm";
  return "cold";
}

export const clampScore = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** More kinds of data seen → more trust in the score; never certainty from patterns alone. */
function confidenceOf(lead: LeadData, signals: Signal[]): number {
  const kinds = [lead.emails, lead.phones, lead.people, lead.pages, lead.socials].filter(
    (a) => a && a.length > 0,
  ).length;
  const extra =
    (lead.enrichment && Object.keys(lead.enrichment).length > 0 ? 1 : 0) +
    (signals.length > 0 ? 1 : 0);
  return Math.round(Math.min(0.9, 0.3 + 0.09 * (kinds + extra)) * 100) / 100;
}

export function scoreLead(
  lead: LeadData,
  ruleSet: RuleSet,
  signals: Signal[] = detectLeadSignals(lead.pages),
): Qualification {
  const facts = buildFacts(lead, signals);
  const reasons: Reason[] = [];
  let total = ruleSet.base;
  for (const rule of compileRuleSet(ruleSet)) {
    const outcome = rule.check(facts);
    if (!outcome.ok || rule.points === 0) continue;
    total += rule.points;
    reasons.push({
      factor: rule.label,
      points: rule.points,
      evidence:
        (outcome.evidence.length > 1 ? [...new Set(outcome.evidence)] : outcome.evidence).join(
          "; ",
        ) || rule.label,
    });
  }
  const score = clampScore(total);
  return {
    score,
    status: statusFor(score, ruleSet.thresholds),
    confidence: confidenceOf(lead, signals),
    reasons,
    signals,
    method: "rules",
  };
}
