import { sql, type RawBuilder } from "kysely";
import { z } from "zod";
import { AppError } from "@/lib/errors";

// Opaque keyset cursors: base64url JSON of the last row's sort value and id, tagged with the sort
// they belong to so a cursor from one ordering cannot be replayed against another.
const ZCursorSchema = z.tuple([
  z.string().max(40),
  z.union([z.string().max(320), z.number(), z.null()]),
  z.uuid(),
]);

export interface KeysetCursor {
  sort: string;
  value: string | number | null;
  id: string;
}

export function encodeKeysetCursor(c: KeysetCursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.value, c.id])).toString("base64url");
}

const badCursor = (why: string) =>
  new AppError("validation_failed", "The cursor is not valid", { fields: { cursor: [why] } });

export function decodeKeysetCursor(raw: string, sort: string): KeysetCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw badCursor("Use next_cursor from the previous page");
  }
  const r = ZCursorSchema.safeParse(parsed);
  if (!r.success) throw badCursor("Use next_cursor from the previous page");
  const [cursorSort, value, id] = r.data;
  if (cursorSort !== sort) throw badCursor(`This cursor belongs to sort=${cursorSort}`);
  return { sort: cursorSort, value, id };
}

/**
 * A keyset page's LIMIT (page size + 1, to see whether there is more), written into the statement
 * rather than bound. Postgres prices a generic plan with an unknown LIMIT as 10,000 rows, so with a
 * parameter a prepared list query was planned afresh on every execution (0.1–0.3 ms); with a
 * literal it settles on its generic plan. Page sizes are validated integers (1–100), so a query
 * shape has at most that many texts.
 */
export function pageLimit(pageSize: number): RawBuilder<number> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`bad page size ${pageSize}`);
  return sql.lit(pageSize + 1);
}

/** The cursor of lists ordered by creation only: the last row's exact created_at and id. */
export interface CreatedAtPosition {
  at: string;
  id: string;
}

/** `order` is the list's one ordering: "-created_at" newest first, "created_at" oldest first. */
export type CreatedAtOrder = "created_at" | "-created_at";

export function encodeCreatedAtCursor(order: CreatedAtOrder, at: string, id: string): string {
  return encodeKeysetCursor({ sort: order, value: at, id });
}

export function decodeCreatedAtCursor(raw: string, order: CreatedAtOrder): CreatedAtPosition {
  const { value, id } = decodeKeysetCursor(raw, order);
  if (typeof value !== "string" || !isExactInstant(value))
    throw badCursor("Use next_cursor from the previous page");
  return { at: value, id };
}

/**
 * A timestamp column as the exact instant a keyset cursor carries: microseconds kept (a JS Date
 * would cut them to milliseconds, and rows written in one statement share one now()), UTC, fixed
 * format. Compare it back with `::timestamptz`.
 */
export function exactInstant(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

const EXACT_INSTANT = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Our own cursor format only, and a day that exists (JS would roll Feb 31 over; Postgres refuses). */
export function isExactInstant(v: string): boolean {
  const m = EXACT_INSTANT.exec(v);
  if (!m || Number(m[1]) < 1970) return false;
  const ms = v.slice(0, 23) + "Z";
  const d = new Date(ms);
  return !Number.isNaN(d.getTime()) && d.toISOString() === ms;
}
