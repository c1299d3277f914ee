import { sql } from "kysely";
import type { Tx } from "@/lib/db";
import { normalizedName, type ContactDraft } from "./from-people";

export interface ContactsSaved {
  /** Contacts this call created in the organization. */
  created: number;
  /** Contacts that already existed and were brought up to date. */
  updated: number;
}

/**
 * Saves the people found on a lead's site as the organization's contacts, within the caller's
 * transaction (the pipeline's lead step, service role). A person already known by email, or by
 * domain and name, is updated in place; one known by name who now shows an email is upgraded to
 * the email key rather than duplicated. Replaying the same call changes nothing further.
 */
export async function upsertContacts(
  tx: Tx,
  orgId: string,
  leadId: string,
  jobId: string | null,
  drafts: ContactDraft[],
): Promise<ContactsSaved> {
  const saved: ContactsSaved = { created: 0, updated: 0 };
  for (const draft of drafts) {
    if (draft.email) await adoptNameKeyed(tx, orgId, draft);
    const row = await tx
      .insertInto("contacts")
      .values({
        org_id: orgId,
        lead_id: leadId,
        dedupe_key: draft.dedupeKey,
        name: draft.name,
        title: draft.title,
        email: draft.email,
        phone: draft.phone,
        linkedin_url: draft.linkedinUrl,
        source_url: draft.sourceUrl,
        domain: draft.domain,
        first_job_id: jobId,
        job_id: jobId,
      })
      .onConflict((oc) =>
        oc.columns(["org_id", "dedupe_key"]).doUpdateSet((eb) => ({
          lead_id: eb.ref("excluded.lead_id"),
          job_id: sql`coalesce(excluded.job_id, contacts.job_id)`,
          // What this sighting shows replaces the older; blanks keep what was known.
          name: eb.ref("excluded.name"),
          title: sql`coalesce(excluded.title, contacts.title)`,
          phone: sql`coalesce(excluded.phone, contacts.phone)`,
          linkedin_url: sql`coalesce(excluded.linkedin_url, contacts.linkedin_url)`,
          source_url: sql`coalesce(contacts.source_url, excluded.source_url)`,
          updated_at: sql`now()`,
        })),
      )
      // xmax = 0 only on a freshly inserted row version.
      .returning(sql<boolean>`(xmax = 0)`.as("inserted"))
      .executeTakeFirstOrThrow();
    if (row.inserted) saved.created++;
    else saved.updated++;
  }
  return saved;
}

/** A contact first known without an email takes its email key once one is found. */
async function adoptNameKeyed(tx: Tx, orgId: string, draft: ContactDraft): Promise<void> {
  const nameKey = `name:${draft.domain}|${normalizedName(draft.name)}`.slice(0, 700);
  const taken = await tx
    .selectFrom("contacts")
    .select("id")
    .where("org_id", "=", orgId)
    .where("dedupe_key", "=", draft.dedupeKey)
    .executeTakeFirst();
  if (taken) return;
  await tx
    .updateTable("contacts")
    .set({ dedupe_key: draft.dedupeKey, email: draft.email })
    .where("org_id", "=", orgId)
    .where("dedupe_key", "=", nameKey)
    .execute();
}
