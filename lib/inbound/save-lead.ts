import { sql, type RawBuilder } from "kysely";
import { isWebmail } from "@leadscout/mcp-enricher/email-lists";
import { contactsFromLead, personalEmail, upsertContacts } from "@/lib/contacts";
import type { Tx } from "@/lib/db";
import type { Submission } from "./schemas";

export interface InboundSource {
  kind: "inbound";
  form_id: string;
  submission_id: string;
  url: string;
  at: string;
}

export interface SavedInboundLead {
  id: string;
  created: boolean;
}

/** `https://host` of what the prospect typed (example.com, www.example.com/x), or null. */
export function websiteOf(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const u = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
    return `https://${u.hostname.toLowerCase()}`;
  } catch {
    return null;
  }
}

/** The company's domain: the website's, else the email's unless it is a webmail address. */
export function companyDomain(s: Submission): string | null {
  const site = websiteOf(s.website);
  if (site) return new URL(site).hostname.replace(/^www\./, "");
  const domain = s.email.slice(s.email.indexOf("@") + 1);
  return isWebmail(domain) ? null : domain;
}

/**
 * The submission as a lead of the organization, keyed like every lead (lib/leads/from-scrape.ts:
 * the email), so a prospect who writes twice, or whom a job already found, is one lead: what they
 * typed fills the blanks, the form joins its sources and the "inbound" tag is added. The person
 * becomes a contact (lib/contacts) keyed as the pipeline keys people. Service role, in the
 * caller's transaction.
 */
export async function saveInboundLead(
  tx: Tx,
  orgId: string,
  s: Submission,
  source: InboundSource,
): Promise<SavedInboundLead> {
  const domain = companyDomain(s);
  const website = websiteOf(s.website) ?? (domain ? `https://${domain}` : null);
  const before = await tx
    .selectFrom("scraped_leads")
    .select("id")
    .where("org_id", "=", orgId)
    .where("dedupe_key", "=", s.email)
    .forUpdate()
    .executeTakeFirst();
  const row = await tx
    .insertInto("scraped_leads")
    .values({
      org_id: orgId,
      dedupe_key: s.email,
      email: s.email,
      name: s.name || null,
      company: s.company || null,
      phone: s.phone || null,
      domain,
      website,
      emails: JSON.stringify([s.email]),
      tags: ["inbound"],
      source_url: source.url,
      sources: JSON.stringify([source]),
    })
    .onConflict((oc) =>
      oc.columns(["org_id", "dedupe_key"]).doUpdateSet({
        name: sql`coalesce(scraped_leads.name, excluded.name)`,
        company: sql`coalesce(scraped_leads.company, excluded.company)`,
        phone: sql`coalesce(scraped_leads.phone, excluded.phone)`,
        domain: sql`coalesce(scraped_leads.domain, excluded.domain)`,
        website: sql`coalesce(scraped_leads.website, excluded.website)`,
        tags: sql`(select array_agg(distinct t) from unnest(scraped_leads.tags || excluded.tags) t)`,
        sources: keepRecentInbound(sql`scraped_leads.sources || excluded.sources`),
        updated_at: sql`now()`,
      }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  const person = inboundContact(s, domain);
  if (person) await upsertContacts(tx, orgId, row.id, null, [person]);
  return { id: row.id, created: !before };
}

/** How many inbound entries a lead's sources keep: its form submissions have rows of their own. */
export const INBOUND_SOURCES_KEPT = 10;

/**
 * The sources with only the latest INBOUND_SOURCES_KEPT inbound entries, every other entry (a
 * job's pages) kept, order unchanged: anyone may send a form again and again with the same
 * address, and the lead must not grow with each (it travels whole in exports, webhooks, CRMs).
 */
function keepRecentInbound(sources: RawBuilder<unknown>) {
  return sql<unknown[]>`(select coalesce(jsonb_agg(e order by i), '[]'::jsonb) from (
      select e, i, case when e->>'kind' = 'inbound'
        then row_number() over (partition by e->>'kind' = 'inbound' order by i desc) end as recent
      from jsonb_array_elements(${sources}) with ordinality as t (e, i)
    ) s where recent is null or recent <= ${INBOUND_SOURCES_KEPT})`;
}

/** The prospect as a contact: by personal email, else by name at the company's domain. */
function inboundContact(s: Submission, domain: string | null) {
  const name = s.name?.replace(/\s+/g, " ").trim();
  const email = personalEmail(s.email);
  const at = domain ?? s.email.slice(s.email.indexOf("@") + 1);
  if (!email && !name) return null;
  // contactsFromLead keys and merges people exactly as a job's lead step does.
  const [draft] = contactsFromLead({
    domain: at,
    people: [{ name: name || s.email, email: email ?? undefined, phone: s.phone || undefined }],
  });
  return draft ?? null;
}
