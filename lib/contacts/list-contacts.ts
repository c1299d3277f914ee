import { sql, type SelectQueryBuilder } from "kysely";
import {
  decodeKeysetCursor,
  encodeKeysetCursor,
  exactInstant,
  isExactInstant,
  pageLimit,
} from "@/lib/api/cursor";
import { withUser, type Database, type JwtClaims, type Tx } from "@/lib/db";
import { AppError, notFound, validationError } from "@/lib/errors";
import { iso } from "@/lib/serialize";
import {
  ZListContactsQuerySchema,
  type Contact,
  type ContactFilters,
  type ContactSort,
  type ListContactsQuery,
} from "./schemas";

export interface ContactPage {
  data: Contact[];
  next_cursor: string | null;
}

type ContactQuery<O> = SelectQueryBuilder<Database, "contacts" | "scraped_leads", O>;

/** A contact row joined with its lead's company name, as the API and the page show it. */
export function contactColumns<O>(q: SelectQueryBuilder<Database, "contacts", O>) {
  return q
    .innerJoin("scraped_leads", (j) =>
      j
        .onRef("scraped_leads.id", "=", "contacts.lead_id")
        .onRef("scraped_leads.org_id", "=", "contacts.org_id"),
    )
    .select([
      "contacts.id",
      "contacts.lead_id",
      "contacts.name",
      "contacts.title",
      "contacts.email",
      "contacts.phone",
      "contacts.linkedin_url",
      "contacts.source_url",
      "scraped_leads.company",
      "contacts.domain",
      "contacts.first_job_id",
      "contacts.job_id",
      "contacts.created_at",
      "contacts.updated_at",
    ]);
}

type ContactRow = Awaited<ReturnType<ReturnType<typeof contactColumns>["execute"]>>[number];

export const toContact = (r: ContactRow): Contact => ({
  ...r,
  created_at: iso(r.created_at)!,
  updated_at: iso(r.updated_at)!,
});

/** The filters the list and the export share, as WHERE clauses (values bound). */
export function applyContactFilters<O>(
  q: ContactQuery<O>,
  orgId: string,
  f: ContactFilters,
): ContactQuery<O> {
  q = q.where("contacts.org_id", "=", orgId);
  if (f.job_id)
    q = q.where((eb) =>
      eb.or([eb("contacts.job_id", "=", f.job_id!), eb("contacts.first_job_id", "=", f.job_id!)]),
    );
  if (f.lead_id) q = q.where("contacts.lead_id", "=", f.lead_id);
  if (f.has_email !== undefined) q = q.where("contacts.email", f.has_email ? "is not" : "is", null);
  if (f.q) q = q.where(sql<boolean>`contacts.search @@ websearch_to_tsquery('simple', ${f.q})`);
  return q;
}

/** The sort's key column, direction, and how a cursor's value compares with it. */
function sortParts(sort: ContactSort) {
  const desc = sort.startsWith("-");
  const byName = sort.endsWith("name");
  return {
    desc,
    key: byName ? sql<string>`lower(contacts.name)` : sql<string>`contacts.created_at`,
    value: byName ? sql<string>`lower(contacts.name)` : exactInstant("contacts.created_at"),
    cast: byName ? sql.raw("text") : sql.raw("timestamptz"),
  };
}

export interface ContactPosition {
  value: string;
  id: string;
}

function decodeCursor(raw: string, sort: ContactSort): ContactPosition {
  const { value, id } = decodeKeysetCursor(raw, sort);
  const ok = typeof value === "string" && (sort.endsWith("name") || isExactInstant(value));
  if (!ok)
    throw new AppError("validation_failed", "The cursor is not valid", {
      fields: { cursor: ["Use next_cursor from the previous page"] },
    });
  return { value, id };
}

/** One keyset page of contacts (limit + 1 rows, to tell whether there is more), in sort order. */
export function contactPageQuery(
  tx: Tx,
  orgId: string,
  filters: ContactFilters,
  sort: ContactSort,
  limit: number,
  after?: ContactPosition,
) {
  const { desc, key, value, cast } = sortParts(sort);
  const dir = sql.raw(desc ? "desc" : "asc");
  let q = applyContactFilters(contactColumns(tx.selectFrom("contacts")), orgId, filters).select(
    value.as("sort_value"),
  );
  if (after)
    q = q.where(
      sql<boolean>`(${key}, contacts.id) ${sql.raw(desc ? "<" : ">")} (${after.value}::${cast}, ${after.id}::uuid)`,
    );
  return q
    .orderBy(sql`${key} ${dir}`)
    .orderBy(sql`contacts.id ${dir}`)
    .limit(pageLimit(limit));
}

/** The organization's contacts, filtered and sorted, one keyset page (≤ 100) at a time. */
export async function listContacts(
  claims: JwtClaims,
  orgId: string,
  /** Raw query parameters (ListContactsQuery); validated here. */
  query: unknown = {},
): Promise<ContactPage> {
  const parsed = ZListContactsQuerySchema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, "The list query is invalid");
  return listParsedContacts(claims, orgId, parsed.data);
}

/** listContacts for a query its caller has validated already (the API route's contract). */
export async function listParsedContacts(
  claims: JwtClaims,
  orgId: string,
  query: ListContactsQuery,
): Promise<ContactPage> {
  const { limit, cursor, sort, ...filters } = query;
  const after = cursor ? decodeCursor(cursor, sort) : undefined;
  const rows = await withUser(claims, (tx) =>
    contactPageQuery(tx, orgId, filters, sort, limit, after).execute(),
  );
  const last = rows[limit - 1];
  return {
    data: rows.slice(0, limit).map(({ sort_value: _s, ...r }) => toContact(r)),
    next_cursor:
      rows.length > limit && last
        ? encodeKeysetCursor({ sort, value: last.sort_value, id: last.id })
        : null,
  };
}

/** A lead's contacts (at most 500, by name); another organization's lead is not found. */
export async function listLeadContacts(
  claims: JwtClaims,
  orgId: string,
  leadId: string,
): Promise<Contact[]> {
  return withUser(claims, async (tx) => {
    const lead = await tx
      .selectFrom("scraped_leads")
      .select("id")
      .where("id", "=", leadId)
      .where("org_id", "=", orgId)
      .executeTakeFirst();
    if (!lead) throw notFound("Lead");
    const rows = await contactColumns(tx.selectFrom("contacts"))
      .where("contacts.org_id", "=", orgId)
      .where("contacts.lead_id", "=", leadId)
      .orderBy(sql`lower(contacts.name)`)
      .orderBy("contacts.id")
      .limit(500)
      .execute();
    return rows.map(toContact);
  });
}
