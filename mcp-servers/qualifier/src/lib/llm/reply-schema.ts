import { z } from "zod";
import { ZReasonSchema, ZSignalSchema } from "../schemas/qualification";

// What Claude must return through the forced tool call. Built from the same reason and signal
// schemas as the tools' output, and turned into the tool's JSON schema, so the model is told
// exactly the shape that is then validated.

export const MAX_LLM_REASON_POINTS = 40;

export const ZLlmLeadReplySchema = z.object({
  lead_id: z.string().describe("The id attribute of the <lead> this qualification is for"),
  score: z.number().int().min(0).max(100).describe("Sum of the reasons' points, 0..100"),
  confidence: z.number().min(0).max(1).describe("How sure you are, 0..1"),
  reasons: z
    .array(
      ZReasonSchema.extend({
        points: z.number().int().min(-MAX_LLM_REASON_POINTS).max(MAX_LLM_REASON_POINTS),
        evidence: ZReasonSchema.shape.evidence.describe("Exact words copied from the lead data"),
      }),
    )
    .max(30),
  signals: z
    .array(
      ZSignalSchema.extend({
        evidence: ZSignalSchema.shape.evidence.describe("Exact words copied from a page"),
      }),
    )
    .max(30),
});
export type LlmLeadReply = z.infer<typeof ZLlmLeadReplySchema>;

export const ZLlmReplySchema = z.object({
  qualifications: z.array(ZLlmLeadReplySchema).min(1).max(50).describe("One entry per <lead>"),
});
export type LlmReply = z.infer<typeof ZLlmReplySchema>;

export const REPLY_TOOL_NAME = "record_qualifications";

export function replyToolInputSchema(): { type: "object"; [key: string]: unknown } {
  const { $schema: _drop, ...schema } = z.toJSONSchema(ZLlmReplySchema, {
    target: "draft-2020-12",
  }) as Record<string, unknown>;
  return { ...schema, type: "object" };
}
