"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import {
  deleteLeads,
  updateLead,
  updateLeadsStage,
  ZBulkLeadsSchema,
  ZBulkStageSchema,
  ZLeadStageSchema,
} from "@/lib/leads";

const WRITERS = ["admin", "member"] as const;

// The lead page's form: the API's own update rules (ZUpdateLeadSchema) apply inside updateLead.
const ZSaveLeadSchema = z.object({
  id: z.uuid(),
  stage: ZLeadStageSchema,
  notes: z.string().max(10_000, "Notes are at most 10,000 characters"),
});

export const saveLeadAction = safeAction(
  { name: "leads.save", schema: ZSaveLeadSchema, roles: WRITERS },
  async (input, { session, org }) => {
    const notes = input.notes.trim() ? input.notes : null;
    const lead = await updateLead(session.claims, org.id, input.id, { stage: input.stage, notes });
    revalidatePath(`/leads/${input.id}`);
    return { stage: lead.stage, notes: lead.notes, updated_at: lead.updated_at };
  },
);

export const bulkStageAction = safeAction(
  { name: "leads.bulk-stage", schema: ZBulkStageSchema, roles: WRITERS },
  async (input, { session, org }) => {
    const result = await updateLeadsStage(session.claims, org.id, input);
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
