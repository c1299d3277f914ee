import { z } from "zod";
import { ZLeadDataSchema } from "@/mcp-servers/qualifier/src/lib/schemas/lead";
import { ZRuleSetSchema } from "@/mcp-servers/qualifier/src/lib/rules/schema";

// The qualifier owns the rule-set and lead schemas; the app validates with the very same ones, so
// rules the dashboard accepts are rules the qualifier runs. (schema.ts is free of server-only code:
// the rules editor imports it in the browser too.)
export { ZRuleSetSchema, ZLeadDataSchema };
export type { RuleSet, RuleSetInput } from "@/mcp-servers/qualifier/src/lib/rules/schema";
export type { LeadData } from "@/mcp-servers/qualifier/src/lib/schemas/lead";
export type { Qualification } from "@/mcp-servers/qualifier/src/lib/schemas/qualification";

/** A preview: the rules being edited and a sample lead to score with them. */
export const ZPreviewScoringSchema = z.object({ rules: ZRuleSetSchema, lead: ZLeadDataSchema });
export type PreviewScoringInput = z.input<typeof ZPreviewScoringSchema>;
