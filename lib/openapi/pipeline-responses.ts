import { z } from "zod";
import { ZLeadStageSchema } from "@/lib/leads";
import { ZLeadSchema } from "./responses";

// Response bodies of the pipeline endpoints (lib/leads move-stage.ts, lead-history.ts,
// lead-notes.ts): a stage move, a lead's history and its notes thread.

const ts = z.iso.datetime().describe("ISO 8601, UTC");
const person = z
  .object({ id: z.uuid(), email: z.string().nullable(), name: z.string().nullable() })
  .nullable();

export const ZStageChangeSchema = z
  .object({
    id: z.uuid(),
    lead_id: z.uuid(),
    from: ZLeadStageSchema.nullable().describe("null: the stage the lead had when history began"),
    to: ZLeadStageSchema,
    actor_id: z.uuid().nullable().describe("The member (for an API key, the key's creator)"),
    api_key_id: z.uuid().nullable().describe("The key, when the move came through the API"),
    changed_at: ts,
  })
  .meta({ id: "StageChange" });

export const ZStageMoveSchema = z
  .object({
    lead: ZLeadSchema,
    change: ZStageChangeSchema.nullable().describe(
      "The history row written; null when the lead was in that stage already",
    ),
  })
  .meta({ id: "StageMove" });

export const ZLeadHistorySchema = z
  .object({
    stage: ZLeadStageSchema,
    first_reached: z
      .partialRecord(ZLeadStageSchema, ts)
      .describe("When the lead first reached each stage it has been in"),
    changes: z.array(
      z.object({
        id: z.uuid(),
        from: ZLeadStageSchema.nullable(),
        to: ZLeadStageSchema,
        actor: person,
        api_key: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
        changed_at: ts,
      }),
    ),
  })
  .meta({ id: "LeadHistory" });

export const ZLeadNoteSchema = z
  .object({
    id: z.uuid(),
    lead_id: z.uuid(),
    body: z.string(),
    author: person.describe("null: written before the notes thread existed, or the author left"),
    api_key_id: z.uuid().nullable(),
    created_at: ts,
    updated_at: ts,
  })
  .meta({ id: "LeadNote" });
