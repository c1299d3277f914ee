import { z } from "zod";
import { DEFAULT_RULE_SET, ZRuleSetSchema, type RuleSet } from "../lib/rules/schema";
import { ZLeadDataSchema } from "../lib/schemas/lead";
import { rulesEngine, type Engine } from "../lib/engines";
import type { EngineForKey } from "../lib/llm/engines-by-key";

export interface QualifierContext {
  /** Engines in order of preference; the rules engine is always last. */
  engines: Engine[];
  /** Claude with a caller's own key (an organization's), for that call only. */
  engineForKey: EngineForKey;
}

export const apiKeyField = z
  .string()
  .min(8)
  .max(500)
  .optional()
  .describe(
    "An Anthropic API key to score with for this call only (an organization's own key), instead of the server's. Never logged or returned",
  );

/** The engines for one call: rules only, the caller's own key first, or the server's own. */
export function enginesFor(
  ctx: QualifierContext,
  engine: "auto" | "rules" | undefined,
  apiKey: string | undefined,
): Engine[] {
  if (engine === "rules") return [rulesEngine];
  return apiKey ? [ctx.engineForKey(apiKey), rulesEngine] : ctx.engines;
}

/** A fallback reason never carries the caller's key back (should a provider message echo it). */
export function withoutKey<T extends { fallbackReason?: string }>(q: T, apiKey?: string): T {
  if (!apiKey || !q.fallbackReason?.includes(apiKey)) return q;
  return { ...q, fallbackReason: q.fallbackReason.split(apiKey).join("[key]") };
}

export const leadDataField = ZLeadDataSchema.describe(
  "The lead as the scraper and enricher produce it: domain, company, emails, phones, socials, people, pages (url + visible text), enrichment",
);

export const rulesField = ZRuleSetSchema.optional().describe(
  "The organization's ideal-customer rule set (conditions with points, thresholds). Omitted: the default B2B profile",
);

export const ruleSetOrDefault = (rules: RuleSet | undefined): RuleSet => rules ?? DEFAULT_RULE_SET;

export const ZBatchSummarySchema = z.object({
  total: z.number().int(),
  hot: z.number().int(),
  warm: z.number().int(),
  cold: z.number().int(),
  byLlm: z.number().int().describe("Leads scored by Claude"),
  byRules: z.number().int().describe("Leads scored by the rules engine"),
});
