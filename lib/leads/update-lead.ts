import { isPolicyRefusal, withUser, type JwtClaims } from "@/lib/db";
import { AppError, notFound, validationError } from "@/lib/errors";
import { ZLeadIdSchema, ZUpdateLeadSchema } from "./lead-query-schemas";
import { LEAD_LIST_COLUMNS, toLead, type Lead } from "./lead-view";

/** Changes a lead's stage, notes or tags; another org's lead is not found. */
export async function updateLead(
  claims: JwtClaims,
  orgId: string,
  leadId: string,
  /** The raw body (UpdateLeadInput); validated here. */
  input: unknown,
): Promise<Lead> {
  if (!ZLeadIdSchema.safeParse(leadId).success) throw notFound("Lead");
  const parsed = ZUpdateLeadSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The lead update is invalid");
  const { stage, notes, tags } = parsed.data;
  try {
    const row = await withUser(claims, (tx) =>
      tx
        .updateTable("scraped_leads")
        .set({
          ...(stage !== undefined && { stage }),
          ...(notes !== undefined && { notes }),
          ...(tags !== undefined && { tags }),
        })
        .where("id", "=", leadId)
        .where("org_id", "=", orgId)
        .returning(LEAD_LIST_COLUMNS)
        .executeTakeFirst(),
    );
    if (!row) throw notFound("Lead");
    return toLead(row);
  } catch (err) {
    // RLS refuses the write for a viewer's key: the lead is visible but not theirs to change.
    if (isPolicyRefusal(err))
      throw new AppError("forbidden", "This key's owner may not change leads", { cause: err });
    throw err;
  }
}
