"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import {
  addLeadNote,
  deleteLeads,
  moveLeadStage,
  updateLeadsStage,
  ZBulkLeadsSchema,
  ZBulkStageSchema,
  ZLeadStageSchema,
  ZNoteBodySchema,
} from "@/lib/leads";

const WRITERS = ["admin", "member"] as const;

// The lead page's pipeline controls: a move names the stage the page showed (`from`), so a move
// made meanwhile by someone else is refused (409) instead of silently overridden.
const ZMoveLeadActionSchema = z.object({
  id: z.uuid(),
  stage: ZLeadStageSchema,
  from: ZLeadStageSchema,
});

export const moveLeadStageAction = safeAction(
  { name: "leads.move-stage", schema: ZMoveLeadActionSchema, roles: WRITERS },
  async (input, { session, org }) => {
    const { lead, change } = await moveLeadStage({ claims: session.claims }, org.id, input.id, {
      stage: input.stage,
      from: input.from,
    });
    revalidatePath(`/leads/${input.id}`);
    return { stage: lead.stage, moved: change !== null };
  },
);

const ZAddNoteActionSchema = z.object({ id: z.uuid(), body: ZNoteBodySchema });

export const addLeadNoteAction = safeAction(
  { name: "leads.add-note", schema: ZAddNoteActionSchema, roles: WRITERS },
  async (input, { session, org }) => {
    const note = await addLeadNote({ claims: session.claims }, org.id, input.id, {
      body: input.body,
    });
    revalidatePath(`/leads/${input.id}`);
    return { id: note.id, created_at: note.created_at };
  },
);

export const bulkStageAction = safeAction(
  { name: "leads.bulk-stage", schema: ZBulkStageSchema, roles: WRITERS },
  async (input, { session, org }) => {
    const result = await updateLeadsStage({ claims: session.claims }, org.id, input);
    revalidatePath("/leads");
    return result;
  },
);

export const bulkDeleteAction = safeAction(
  { name: "leads.bulk-delete", schema: ZBulkLeadsSchema, roles: WRITERS },
  async (input, { session, org }) => {
    const result = await deleteLeads(session.claims, org.id, input);
    revalidatePath("/leads");
    return result;
  },
);
