import { sql, type Compilable, type QueryCreator } from "kysely";
import { getDb, readAsUser, withUser, type Database, type JwtClaims } from "@/lib/db";
import { pageLimit } from "@/lib/api/cursor";
import { validationError } from "@/lib/errors";
import { ZListLeadsQuerySchema, type ListLeadsParams } from "./lead-query-schemas";
import {
  applyKeyset,
  applyLeadFilters,
  decodeLeadCursor,
  encodeLeadCursor,
  narrowSearch,
  sortParts,
  sortValueColumn,
  type KeysetPosition,
} from "./lead-filters";
import { LEAD_JSON, LEAD_LIST_COLUMNS, toLead, type Lead } from "./lead-view";

export interface LeadPage {
  data: Lead[];
  next_cursor: string | null;
}

/** A page with its leads as one JSON array text (listLeadsJson). */
export interface LeadPageJson {
  json: string;
  next_cursor: string | null;
}

type ListQuery = ListLeadsParams;

interface PageQuery {
  q: ListQuery;
  after?: KeysetPosition;
}

function parseListQuery(query: unknown): PageQuery {
  const parsed = ZListLeadsQuerySchema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, "The list query is invalid");
  return pageOf(parsed.data);
}

function pageOf(q: ListQuery): PageQuery {
  return { q, after: q.cursor ? decodeLeadCursor(q.cursor, q.sort) : undefined };
}

/**
 * The organization's leads matching the filters, in sort order from the cursor, limit + 1 of
 * them. `searchIds` is what narrowSearch found for the search, if there is one.
 */
function pageQuery(
  db: QueryCreator<Database>,
  orgId: string,
  { q, after }: PageQuery,
  searchIds: string[] | null,
) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the cursor is `after`, decoded
  const { limit, cursor, sort, ...filters } = q;
  const base = db.selectFrom("scraped_leads").select(sortValueColumn(sort));
  return applyKeyset(applyLeadFilters(base, orgId, filters, searchIds), sort, after).limit(
    pageLimit(limit),
  );
}
type LeadPageQuery = ReturnType<typeof pageQuery>;

/**
 * Runs a page query as the user: one round trip without a search; with one, the index is asked
 * first (narrowSearch), in the same transaction. `build` makes the statement from the page query.
 */
async function runPage<R>(
  claims: JwtClaims,
  orgId: string,
  page: PageQuery,
  build: (
    db: QueryCreator<Database>,
    q: LeadPageQuery,
  ) => Compilable<R> & { execute(): Promise<R[]> },
): Promise<R[]> {
  const search = page.q.q;
  if (!search) {
    const db = await getDb();
    return readAsUser(claims, build(db, pageQuery(db, orgId, page, null)));
  }
  return withUser(claims, async (tx) =>
    build(tx, pageQuery(tx, orgId, page, await narrowSearch(tx, orgId, search))).execute(),
  );
}

/** The cursor after a page, when there is more: `rows` holds up to limit + 1 rows. */
function nextCursor(q: ListQuery, rows: KeysetPosition[]): string | null {
  const last = rows[q.limit - 1];
  return rows.length > q.limit && last ? encodeLeadCursor(q.sort, last) : null;
}

/** The organization's leads, filtered and sorted, one keyset page (≤ 100) at a time. */
export async function listLeads(
  claims: JwtClaims,
  orgId: string,
  /** Raw query parameters (ListLeadsQuery); validated here. */
  query: unknown = {},
): Promise<LeadPage> {
  const page = parseListQuery(query);
  const rows = await runPage(claims, orgId, page, (_db, q) => q.select(LEAD_LIST_COLUMNS));
  return { data: rows.slice(0, page.q.limit).map(toLead), next_cursor: nextCursor(page.q, rows) };
}

/**
 * listLeads for the REST API: the same page, as one row Postgres writes: the leads as a JSON
 * array (LEAD_JSON, in page order), how many rows the page query found (limit + 1 means there is
 * more) and the last lead's keyset position for the cursor.
 */
export async function listLeadsJson(
  claims: JwtClaims,
  orgId: string,
  /** Raw query parameters (ListLeadsQuery); validated here. */
  query: unknown = {},
): Promise<LeadPageJson> {
  return listParsedLeadsJson(claims, orgId, parseListQuery(query).q);
}

/** listLeadsJson for a query parsed already (the REST route's contract parses it): parsed once. */
export async function listParsedLeadsJson(
  claims: JwtClaims,
  orgId: string,
  query: ListLeadsParams,
): Promise<LeadPageJson> {
  const page = pageOf(query);
  const { limit, sort } = page.q;
  const { desc, field, key } = sortParts(sort);
  const dir = sql.raw(desc ? "desc" : "asc");
  const [result] = await runPage(claims, orgId, page, (db, q) =>
    db
      .selectFrom(
        q
          .select([
            "id",
            LEAD_JSON.as("lead_json"),
            // The page's own order, so the aggregate below keeps it.
            sql<number>`row_number() over (order by ${key} ${dir}, id ${dir})`.as("rn"),
          ])
          .as("p"),
      )
      .select([
        sql<string>`coalesce(string_agg(p.lead_json, ',' order by p.rn)
                      filter (where p.rn <= ${limit}), '')`.as("leads"),
        sql<number>`count(*)::int`.as("found"),
        sql<string | null>`max(p.id::text) filter (where p.rn = ${limit})`.as("last_id"),
        sql<string | null>`max(p.sort_value::text) filter (where p.rn = ${limit})`.as("last_sort"),
      ]),
  );
  // An aggregate without GROUP BY always answers one row.
  const { leads, found, last_id: id, last_sort: last } = result!;
  const more = found > limit && id !== null && last !== null;
  const sortValue = field === "score" ? Number(last) : last!;
  return {
    json: `[${leads}]`,
    next_cursor: more ? encodeLeadCursor(sort, { sort_value: sortValue, id: id! }) : null,
  };
}
