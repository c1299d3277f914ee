import { z } from "zod";
import { ZLeadStageSchema } from "./lead-query-schemas";

// Client-safe: what a stage move and a note look like, for the API contracts (and so the OpenAPI
// document), the server actions and the lead page's forms alike.

export const ZMoveStageSchema = z
  .strictObject({
    stage: ZLeadStageSchema.describe("The stage to move the lead to (see docs/pipeline.md)"),
    from: ZLeadStageSchema.optional().describe(
      "The stage you last saw: if the lead has moved since, nothing changes and the answer is 409",
    ),
  })
  .meta({ id: "MoveLeadStage" });
export type MoveStageInput = z.input<typeof ZMoveStageSchema>;

export const MAX_NOTE_LENGTH = 10_000;
export const ZNoteBodySchema = z
  .string({ error: "Write the note as text" })
  .refine((s) => !s.includes("\u0000"), "Must not contain NUL characters")
  .refine((s) => s.trim().length > 0, "Write something first")
  .refine((s) => s.length <= MAX_NOTE_LENGTH, "At most 10,000 characters");
export const ZAddNoteSchema = z
  .strictObject({ body: ZNoteBodySchema.describe("The note's text (1..10,000 characters)") })
  .meta({ id: "AddLeadNote" });
export type AddNoteInput = z.input<typeof ZAddNoteSchema>;
