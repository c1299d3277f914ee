"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { updateLead, ZLeadStageSchema } from "@/lib/leads";

const ZChangeStageSchema = z.object({ id: z.uuid(), stage: ZLeadStageSchema });

export const changeLeadStageAction = safeAction(
  { name: "leads.change-stage", schema: ZChangeStageSchema, roles: ["admin", "member"] },
  async (input, { session, org }) => {
    const lead = await updateLead(session.claims, org.id, input.id, { stage: input.stage });
    revalidatePath(`/leads/${input.id}`);
    return { stage: lead.stage };
  },
);
