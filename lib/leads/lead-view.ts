import { sql, type Selectable } from "kysely";
import type { LeadEnrichmentTable, ScrapedLeadsTable } from "@/lib/db";
import { iso, num } from "@/lib/serialize";

type LeadRow = Selectable<ScrapedLeadsTable>;

/** Columns a list shows: enough to triage, none of the heavy JSON. */
export const LEAD_LIST_COLUMNS = [
  "id",
  "job_id",
  "name",
  "title",
  "company",
  "email",
  "phone",
  "domain",
  "website",
  "linkedin_url",
  "address",
  "score",
  "status",
  "confidence",
  "qualification_method",
  "stage",
  "tags",
  "notes",
  "source_url",
  "created_at",
  "updated_at",
] as const;
export const LEAD_DETAIL_COLUMNS = [
  ...LEAD_LIST_COLUMNS,
  "emails",
  "phones",
  "socials",
  "people",
  "reasons",
  "signals",
  "sources",
] as const;

export type LeadListRow = Pick<LeadRow, (typeof LEAD_LIST_COLUMNS)[number]>;
export type LeadDetailRow = Pick<LeadRow, (typeof LEAD_DETAIL_COLUMNS)[number]>;

export function toLead(r: LeadListRow) {
  return {
    id: r.id,
    job_id: r.job_id,
    name: r.name,
    title: r.title,
    company: r.company,
    email: r.email,
    phone: r.phone,
    domain: r.domain,
    website: r.website,
    linkedin_url: r.linkedin_url,
    address: r.address,
    score: r.score,
    status: r.status,
    confidence: num(r.confidence as string | number | null),
    qualification_method: r.qualification_method,
    stage: r.stage,
    tags: r.tags,
    notes: r.notes,
    source_url: r.source_url,
    created_at: iso(r.created_at)!,
    updated_at: iso(r.updated_at)!,
  };
}
export type Lead = ReturnType<typeof toLead>;

// The same object as toLead, written as JSON by Postgres: a page of the REST API's lead list is
// sent on as the database wrote it, without turning 21 columns of 50 rows into JS values and
// back. The field names come from the type public.api_lead (migration 0012), in this order.
// tests/leads/lead-json.test.ts holds it equal to toLead. Instants are UTC with milliseconds, as
// Date#toISOString writes them (to_char's MS truncates, as Date does).
const isoUtc = (column: string) =>
  sql`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const LEAD_JSON = sql<string>`to_json(row(
  id, job_id, name, title, company, email, phone, domain, website, linkedin_url, address,
  score, status, confidence::float8, qualification_method, stage, tags, notes, source_url,
  ${isoUtc("created_at")}, ${isoUtc("updated_at")})::public.api_lead)::text`;

export function toLeadDetail(
  r: LeadDetailRow,
  enrichment: Pick<
    Selectable<LeadEnrichmentTable>,
    "provider" | "type" | "data" | "confidence" | "updated_at"
  >[],
) {
  return {
    ...toLead(r),
    emails: r.emails,
    phones: r.phones,
    socials: r.socials,
    people: r.people,
    reasons: r.reasons,
    signals: r.signals,
    sources: r.sources,
    enrichment: enrichment.map((e) => ({
      provider: e.provider,
      type: e.type,
      data: e.data,
      confidence: num(e.confidence as string | number | null),
      updated_at: iso(e.updated_at)!,
    })),
  };
}
export type LeadDetail = ReturnType<typeof toLeadDetail>;
