import { z } from "zod";

export const SIGNAL_TYPES = [
  "hiring",
  "funding",
  "expansion",
  "new_product",
  "pricing_page",
  "demo_request",
  "integrations",
  "compliance",
  "contact_intent",
] as const;

export const ZSignalTypeSchema = z.enum(SIGNAL_TYPES);
export type SignalType = z.infer<typeof ZSignalTypeSchema>;

export const ZSignalSchema = z.object({
  type: ZSignalTypeSchema.describe("Kind of buying or intent signal"),
  strength: z.number().min(0).max(1).describe("How strong the signal is, 0..1"),
  evidence: z.string().min(1).describe("Snippet quoted from the content that shows the signal"),
  sourceUrl: z.string().optional().describe("Page the evidence comes from"),
});
export type Signal = z.infer<typeof ZSignalSchema>;

export const ZReasonSchema = z.object({
  factor: z.string().min(1).describe("What counted, in words a sales rep can read"),
  points: z.number().describe("Points this factor added (negative: removed)"),
  evidence: z.string().min(1).describe("What in the lead data shows it"),
});
export type Reason = z.infer<typeof ZReasonSchema>;

export const ZStatusSchema = z.enum(["hot", "warm", "cold"]);
export type LeadStatus = z.infer<typeof ZStatusSchema>;

export const ZQualificationSchema = z.object({
  score: z.number().int().min(0).max(100).describe("0..100, higher is a better fit"),
  status: ZStatusSchema.describe("From the rule set's thresholds"),
  confidence: z.number().min(0).max(1).describe("How sure the scorer is, 0..1"),
  reasons: z.array(ZReasonSchema),
  signals: z.array(ZSignalSchema),
  method: z.enum(["llm", "rules"]).describe("Who scored: Claude or the rules engine"),
  model: z.string().optional().describe("Claude model, when method is llm"),
  fallbackReason: z.string().optional().describe("Why Claude was not used, when it was configured"),
});
export type Qualification = z.infer<typeof ZQualificationSchema>;
