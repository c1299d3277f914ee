import { sql, type SelectQueryBuilder, type Transaction } from "kysely";
import type { Database } from "@/lib/db";
import {
  decodeKeysetCursor,
  encodeKeysetCursor,
  exactInstant,
  isExactInstant,
} from "@/lib/api/cursor";
import { AppError } from "@/lib/errors";
import type { LeadFilters, LeadSort } from "./lead-query-schemas";

type LeadQuery<O> = SelectQueryBuilder<Database, "scraped_leads", O>;

/**
 * The filters every lead list and export shares, as WHERE clauses (values bound, never spliced).
 * `searchIds` is what `narrowSearch` found for `f.q`: the matching ids when they are few, or null
 * to search as a filter instead.
 */
export function applyLeadFilters<O>(
  q: LeadQuery<O>,
  orgId: string,
  f: LeadFilters,
  searchIds: string[] | null = null,
): LeadQuery<O> {
  q = q.where("org_id", "=", orgId);
  if (f.job_id) q = q.where("job_id", "=", f.job_id);
  if (f.status) q = q.where("status", "=", f.status);
  if (f.stage) q = q.where("stage", "=", f.stage);
  if (f.min_score !== undefined) q = q.where("score", ">=", f.min_score);
  if (f.max_score !== undefined) q = q.where("score", "<=", f.max_score);
  if (f.has_email !== undefined) q = q.where("email", f.has_email ? "is not" : "is", null);
  if (f.has_phone !== undefined) q = q.where("phone", f.has_phone ? "is not" : "is", null);
  if (f.created_after) q = q.where("created_at", ">=", new Date(f.created_after));
  if (f.created_before) q = q.where("created_at", "<", new Date(f.created_before));
  if (f.q) {
    q = searchIds
      ? q.where(sql<boolean>`id = any(${searchIds}::uuid[])`)
      : q.where(sql<boolean>`search @@ websearch_to_tsquery('simple', ${f.q})`);
  }
  return q;
}

/** Above this many matches a search runs as a filter on the ordered scan (see narrowSearch). */
const NARROW_SEARCH_MAX = 2000;

/**
 * Full-text search under RLS has two good plans and the planner can pick neither on its own: `@@`
 * is not leakproof, so it is only ever checked after the policy, row by row along the sort order.
 * That is quick when matches are common (a page fills early) and reads the whole organization when
 * they are rare. So ask the GIN index first (lead_search_ids, migration 0010, capped): a narrow
 * search gets its ids, a broad one null and stays a filter.
 */
export async function narrowSearch(
  tx: Transaction<Database>,
  orgId: string,
  q: string | undefined,
): Promise<string[] | null> {
  if (!q) return null;
  const { rows } = await sql<{ id: string }>`
    select id from public.lead_search_ids(${orgId}, ${q}, ${NARROW_SEARCH_MAX + 1}) as id`.execute(
    tx,
  );
  return rows.length > NARROW_SEARCH_MAX ? null : rows.map((r) => r.id);
}

// Sort keys: created_at is compared as its exact text (microseconds kept, unlike a JS Date), and
// score as sort_score, coalesce(score, -1) stored (migration 0013), so unscored leads sort last
// descending and still page stably, and a later page's keyset bounds the index scan under RLS.
const SORT_KEY = {
  created_at: sql<string>`created_at`,
  score: sql<number>`sort_score`,
};

export interface KeysetPosition {
  sort_value: string | number;
  id: string;
}

export function sortParts(sort: LeadSort) {
  const desc = sort.startsWith("-");
  const field = (desc ? sort.slice(1) : sort) as keyof typeof SORT_KEY;
  return { desc, field, key: SORT_KEY[field] };
}

/** Orders by the sort and id, and starts after `after` when given. */
export function applyKeyset<O>(
  q: LeadQuery<O>,
  sort: LeadSort,
  after: KeysetPosition | undefined,
): LeadQuery<O> {
  const { desc, field, key } = sortParts(sort);
  if (after) {
    const cmp = desc ? sql.raw("<") : sql.raw(">");
    const value =
      field === "created_at"
        ? sql`${after.sort_value}::timestamptz`
        : sql`${after.sort_value}::int`;
    q = q.where(sql<boolean>`(${key}, id) ${cmp} (${value}, ${after.id}::uuid)`);
  }
  const dir = desc ? "desc" : "asc";
  return q.orderBy(key, dir).orderBy("id", dir);
}

/** The value a row's cursor carries for the sort: selected as `sort_value`. */
export function sortValueColumn(sort: LeadSort) {
  const { field } = sortParts(sort);
  return field === "created_at"
    ? exactInstant("created_at").as("sort_value")
    : sql<number>`sort_score`.as("sort_value");
}

export function encodeLeadCursor(sort: LeadSort, row: KeysetPosition): string {
  return encodeKeysetCursor({ sort, value: row.sort_value, id: row.id });
}

export function decodeLeadCursor(raw: string, sort: LeadSort): KeysetPosition {
  const c = decodeKeysetCursor(raw, sort);
  const { field } = sortParts(sort);
  const valid =
    field === "created_at"
      ? typeof c.value === "string" && isExactInstant(c.value)
      : typeof c.value === "number" && Number.isInteger(c.value) && c.value >= -1 && c.value <= 100;
  if (!valid)
    throw new AppError("validation_failed", "The cursor is not valid", {
      fields: { cursor: ["Use next_cursor from the previous page"] },
    });
  return { sort_value: c.value as string | number, id: c.id };
}
