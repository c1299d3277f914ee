import type { Tx } from "@/lib/db";
import { contactKeyOf, type ImportDraft } from "./import-row";

export interface BatchCounts {
  created: number;
  skippedExisting: number;
  contactsCreated: number;
}

/**
 * The domains the organization already has leads for, read once before an import writes anything,
 * or null when there are more than `limit` (then each batch asks the database instead).
 *
 * Why read them up front: Postgres plans each batch's lookup from statistics taken before the
 * import's transaction, which never count the leads the import is writing. For a small
 * organization it keeps planning a scan of all its leads, and each batch reads more than the last
 * (three minutes for 100,000 rows). A large organization's statistics already make the index the
 * plan, and its domains would be too many to hold.
 */
export async function knownDomains(
  tx: Tx,
  orgId: string,
  limit: number,
): Promise<Set<string> | null> {
  const rows = await tx
    .selectFrom("scraped_leads")
    .select("domain")
    .where("org_id", "=", orgId)
    .where("domain", "is not", null)
    .limit(limit + 1)
    .execute();
  return rows.length > limit ? null : new Set(rows.map((r) => r.domain!));
}

/**
 * Writes one batch of valid, in-file-unique rows with up to three statements: which of their
 * domains the organization already has (unless `known` holds them all), one multi-row insert of
 * the new leads, one of their contacts.
 * An existing lead is never changed (import skips, it does not merge); a row whose dedupe key
 * (its email) another lead already holds is skipped the same way. `leadIds` remembers the lead
 * made for each domain so a later row of the same company can still add its contact to it.
 */
export async function writeBatch(
  tx: Tx,
  orgId: string,
  rows: ImportDraft[],
  extraContacts: ImportDraft[],
  leadIds: Map<string, string>,
  known: Set<string> | null,
): Promise<BatchCounts> {
  const counts: BatchCounts = { created: 0, skippedExisting: 0, contactsCreated: 0 };
  if (rows.length) {
    const existing =
      known ??
      new Set(
        (
          await tx
            .selectFrom("scraped_leads")
            .select("domain")
            .where("org_id", "=", orgId)
            // Spelled out so the partial index (org_id, domain) where domain is not null applies.
            .where("domain", "is not", null)
            .where(
              "domain",
              "in",
              rows.map((r) => r.domain),
            )
            .execute()
        ).map((r) => r.domain),
      );
    const fresh = rows.filter((r) => !existing.has(r.domain));
    const inserted = fresh.length
      ? await tx
          .insertInto("scraped_leads")
          .values(
            fresh.map((r) => ({
              org_id: orgId,
              dedupe_key: r.dedupeKey,
              email: r.email,
              emails: JSON.stringify(r.email ? [r.email] : []),
              phone: r.phone,
              name: r.name,
              title: r.title,
              company: r.company,
              domain: r.domain,
              website: r.website,
              linkedin_url: r.linkedinUrl,
              address: r.address,
              stage: r.stage,
              notes: r.notes,
            })),
          )
          .onConflict((oc) => oc.columns(["org_id", "dedupe_key"]).doNothing())
          .returning(["id", "domain"])
          .execute()
      : [];
    for (const lead of inserted) leadIds.set(lead.domain!, lead.id);
    counts.created = inserted.length;
    counts.skippedExisting = rows.length - inserted.length;
  }
  counts.contactsCreated = await writeContacts(tx, orgId, [...rows, ...extraContacts], leadIds);
  return counts;
}

/** The rows' named people as contacts of the leads this import made; known people stay as they are. */
async function writeContacts(
  tx: Tx,
  orgId: string,
  rows: ImportDraft[],
  leadIds: Map<string, string>,
): Promise<number> {
  const values = rows.flatMap((r) => {
    const leadId = leadIds.get(r.domain);
    const key = contactKeyOf(r);
    if (!leadId || !key || !r.name) return [];
    return [
      {
        org_id: orgId,
        lead_id: leadId,
        dedupe_key: key,
        name: r.name,
        title: r.title,
        email: key.startsWith("email:") ? r.email : null,
        phone: r.phone,
        linkedin_url: r.linkedinUrl,
        domain: r.domain,
      },
    ];
  });
  if (!values.length) return 0;
  const inserted = await tx
    .insertInto("contacts")
    .values(values)
    .onConflict((oc) => oc.columns(["org_id", "dedupe_key"]).doNothing())
    .returning("id")
    .execute();
  return inserted.length;
}
