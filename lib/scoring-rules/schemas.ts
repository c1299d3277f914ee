import { z } from "zod";
import { ZLeadDataSchema } from "@leadscout/mcp-qualifier/schemas";
import { ZRuleSetSchema } from "@leadscout/mcp-qualifier/rules/schema";

// The qualifier owns the rule-set and lead schemas; the app validates with the very same ones, so
// rules the dashboard accepts are rules the qualifier runs. (schema.ts is free of server-only code:
// the rules editor imports it in the browser too.)
export { ZRuleSetSchema, ZLeadDataSchema };
export type { RuleSet, RuleSetInput } from "@leadscout/mcp-qualifier/rules/schema";
export type { LeadData, Qualification } from "@leadscout/mcp-qualifier/schemas";

/** A preview: the rules being edited and a sample lead to score with them. */
export const ZPreviewScoringSchema = z.object({ rules: ZRuleSetSchema, lead: ZLeadDataSchema });
export type PreviewScoringInput = z.input<typeof ZPreviewScoringSchema>;
