import { z } from "zod";
import { DEFAULT_RULE_SET, ZRuleSetSchema, type RuleSet } from "../lib/rules/schema";
import { ZLeadDataSchema } from "../lib/schemas/lead";
import type { Engine } from "../lib/engines";

export interface QualifierContext {
  /** Engines in order of preference; the rules engine is always last. */
  engines: Engine[];
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
