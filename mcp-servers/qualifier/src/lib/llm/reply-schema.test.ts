import { describe, expect, it } from "vitest";
import { replyToolInputSchema, ZLlmReplySchema } from "./reply-schema";

describe("reply schema", () => {
  it("gives Claude a JSON schema of the same shape zod validates", () => {
    const schema = replyToolInputSchema() as {
      type: string;
      required: string[];
      properties: Record<string, unknown>;
      $schema?: string;
    };
    expect(schema.type).toBe("object");
    expect(schema.$schema).toBeUndefined();
    expect(schema.required).toEqual(["qualifications"]);
    const item = (
      schema.properties.qualifications as {
        items: { required: string[]; properties: Record<string, { maximum?: number }> };
      }
    ).items;
    expect(item.required).toEqual(["lead_id", "score", "confidence", "reasons", "signals"]);
    expect(item.properties.score!.maximum).toBe(100);
  });

  it("rejects a reply with the wrong types", () => {
    expect(
      ZLlmReplySchema.safeParse({
        qualifications: [
          { lead_id: "lead-1", score: 101, confidence: 1, reasons: [], signals: [] },
        ],
      }).success,
    ).toBe(false);
    expect(
      ZLlmReplySchema.safeParse({
        qualifications: [
          { lead_id: "lead-1", score: 50, confidence: 0.5, reasons: [], signals: [] },
        ],
      }).success,
    ).toBe(true);
  });
});
