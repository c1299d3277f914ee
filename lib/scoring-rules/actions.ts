"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { ZOrgIdSchema } from "@/lib/orgs";
import {
  previewScore,
  resetScoringRules,
  saveScoringRules,
  ZPreviewScoringSchema,
  ZRuleSetSchema,
} from "@/lib/scoring-rules";

// Saving changes the organization row, which only admins may do (the database agrees); anyone in
// the organization may preview, since a preview reads and writes nothing.
const ADMIN = ["admin"] as const;

export const saveScoringRulesAction = safeAction(
  { name: "scoring.save", schema: ZRuleSetSchema, roles: ADMIN },
  async (input, { session, org }) => {
    const saved = await saveScoringRules(session.claims, org.id, input);
    revalidatePath("/settings/scoring");
    return saved;
  },
);

export const resetScoringRulesAction = safeAction(
  { name: "scoring.reset", schema: z.object({ orgId: ZOrgIdSchema.optional() }), roles: ADMIN },
  async (_input, { session, org }) => {
    const rules = await resetScoringRules(session.claims, org.id);
    revalidatePath("/settings/scoring");
    return rules;
  },
);

export const previewScoringAction = safeAction(
  { name: "scoring.preview", schema: ZPreviewScoringSchema },
  async (input) => previewScore(input),
);
