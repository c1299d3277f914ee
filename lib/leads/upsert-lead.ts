import { sql } from "kysely";
import type { Tx } from "@/lib/db";
import type { LeadDraft } from "./from-scrape";

export interface LeadSource {
  job_id: string;
  job_url_id: string;
  url: string;
  at: string;
}

export interface UpsertedLead {
  id: string;
  /** The lead did not exist in the organization before. */
  created: boolean;
  /** This job had not found the lead before (it counts once in the job's leads_found). */
  newToJob: boolean;
}

/**
 * Inserts the lead, or updates the organization's existing lead with the same dedupe key (email,
 * else domain + name) with what was found now, keeping its sources. Idempotent per job URL: a
 * replayed step finds its source already recorded and adds nothing. Service role (workers).
 */
export async function upsertLead(
  tx: Tx,
  orgId: string,
  draft: LeadDraft,
  source: LeadSource,
): Promise<UpsertedLead> {
  // Lock the existing row (if any) so concurrent URLs finding the same lead take turns.
  const before = await tx
    .selectFrom("scraped_leads")
    .select(["id", "sources"])
    .where("org_id", "=", orgId)
    .where("dedupe_key", "=", draft.dedupeKey)
    .forUpdate()
    .executeTakeFirst();
  const sources = (before?.sources ?? []) as LeadSource[];
  const known = sources.some((s) => s.job_url_id === source.job_url_id);
  // The job's first source of this lead is the URL that counts it (and scores and enriches it).
  // Decided from the stored sources, so a replay after a crash gives the same answer as the
  // first run did, even though the first run's write is already there.
  const firstOfJob = [...sources, source].find((s) => s.job_id === source.job_id);
  const newToJob = firstOfJob?.job_url_id === source.job_url_id;
  const values = {
    org_id: orgId,
    job_id: source.job_id,
    dedupe_key: draft.dedupeKey,
    email: draft.email,
    phone: draft.phone,
    name: draft.name,
    title: draft.title,
    company: draft.company,
    domain: draft.domain,
    website: draft.website,
    linkedin_url: draft.linkedinUrl,
    address: draft.address,
    emails: JSON.stringify(draft.emails),
    phones: JSON.stringify(draft.phones),
    socials: JSON.stringify(draft.socials),
    people: JSON.stringify(draft.people),
    source_url: source.url,
    sources: JSON.stringify(known ? sources : [...sources, source]),
  };
  const row = await tx
    .insertInto("scraped_leads")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["org_id", "dedupe_key"]).doUpdateSet((eb) => ({
        job_id: eb.ref("excluded.job_id"),
        // What this scrape found replaces what an older one did; blanks keep the older value.
        phone: sql`coalesce(excluded.phone, scraped_leads.phone)`,
        name: sql`coalesce(excluded.name, scraped_leads.name)`,
        title: sql`coalesce(excluded.title, scraped_leads.title)`,
        company: sql`coalesce(excluded.company, scraped_leads.company)`,
        website: eb.ref("excluded.website"),
        linkedin_url: sql`coalesce(excluded.linkedin_url, scraped_leads.linkedin_url)`,
        address: sql`coalesce(excluded.address, scraped_leads.address)`,
        emails: eb.ref("excluded.emails"),
        phones: eb.ref("excluded.phones"),
        socials: eb.ref("excluded.socials"),
        people: eb.ref("excluded.people"),
        source_url: eb.ref("excluded.source_url"),
        sources: eb.ref("excluded.sources"),
      })),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, created: !before, newToJob };
}
