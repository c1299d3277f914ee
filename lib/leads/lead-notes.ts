import { isPolicyRefusal, withUser, type JwtClaims, type Tx } from "@/lib/db";
import { AppError, notFound, validationError } from "@/lib/errors";
import { iso } from "@/lib/serialize";
import { ZLeadIdSchema } from "./lead-query-schemas";
import { ZAddNoteSchema } from "./pipeline-schemas";
import type { LeadActor } from "./move-stage";

/** A note of a lead's thread. author null: the lead's notes field before the thread existed. */
export interface LeadNote {
  id: string;
  lead_id: string;
  body: string;
  author: { id: string; email: string | null; name: string | null } | null;
  api_key_id: string | null;
  created_at: string;
  updated_at: string;
}

/** At most this many notes are listed (newest kept): a thread is a conversation, not a log. */
export const MAX_LISTED_NOTES = 500;

/**
 * Appends a note in the caller's transaction. The lead's own `notes` column keeps the latest
 * note's text, so lists, CSV exports and full-text search still see it.
 */
export async function insertNote(
  tx: Tx,
  orgId: string,
  leadId: string,
  body: string,
  actor: LeadActor,
): Promise<{ id: string }> {
  const lead = await tx
    .updateTable("scraped_leads")
    .set({ notes: body })
    .where("id", "=", leadId)
    .where("org_id", "=", orgId)
    .returning("id")
    .executeTakeFirst();
  if (!lead) {
    const visible = await tx
      .selectFrom("scraped_leads")
      .select("id")
      .where("id", "=", leadId)
      .where("org_id", "=", orgId)
      .executeTakeFirst();
    if (!visible) throw notFound("Lead");
    throw new AppError("forbidden", "Your role in this organization may not write notes");
  }
  return tx
    .insertInto("lead_notes")
    .values({
      org_id: orgId,
      lead_id: leadId,
      author_id: actor.claims.sub,
      api_key_id: actor.apiKeyId ?? null,
      body,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

async function readNotes(tx: Tx, orgId: string, leadId: string, only?: string) {
  let q = tx
    .selectFrom("lead_notes as n")
    .leftJoin("profiles as p", "p.id", "n.author_id")
    .select([
      "n.id",
      "n.lead_id",
      "n.body",
      "n.author_id",
      "n.api_key_id",
      "n.created_at",
      "n.updated_at",
      "p.email",
      "p.full_name",
    ])
    .where("n.org_id", "=", orgId)
    .where("n.lead_id", "=", leadId);
  if (only) q = q.where("n.id", "=", only);
  const rows = await q
    .orderBy("n.created_at", "desc")
    .orderBy("n.id", "desc")
    .limit(MAX_LISTED_NOTES)
    .execute();
  return rows.reverse().map((r): LeadNote => ({
    id: r.id,
    lead_id: r.lead_id,
    body: r.body,
    author: r.author_id
      ? { id: r.author_id, email: r.email ?? null, name: r.full_name ?? null }
      : null,
    api_key_id: r.api_key_id,
    created_at: iso(r.created_at)!,
    updated_at: iso(r.updated_at)!,
  }));
}

/** POST /api/v1/leads/{id}/notes and the lead page: adds a note to the thread. */
export async function addLeadNote(
  actor: LeadActor,
  orgId: string,
  leadId: string,
  input: unknown,
): Promise<LeadNote> {
  if (!ZLeadIdSchema.safeParse(leadId).success) throw notFound("Lead");
  const parsed = ZAddNoteSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The note is invalid");
  try {
    return await withUser(actor.claims, async (tx) => {
      const { id } = await insertNote(tx, orgId, leadId, parsed.data.body, actor);
      return (await readNotes(tx, orgId, leadId, id))[0]!;
    });
  } catch (err) {
    if (isPolicyRefusal(err))
      throw new AppError("forbidden", "Your role in this organization may not write notes", {
        cause: err,
      });
    throw err;
  }
}

/** The lead's notes thread, oldest first (the latest MAX_LISTED_NOTES). */
export async function listLeadNotes(
  claims: JwtClaims,
  orgId: string,
  leadId: string,
): Promise<LeadNote[]> {
  if (!ZLeadIdSchema.safeParse(leadId).success) throw notFound("Lead");
  return withUser(claims, async (tx) => {
    const lead = await tx
      .selectFrom("scraped_leads")
      .select("id")
      .where("id", "=", leadId)
      .where("org_id", "=", orgId)
      .executeTakeFirst();
    if (!lead) throw notFound("Lead");
    return readNotes(tx, orgId, leadId);
  });
}
