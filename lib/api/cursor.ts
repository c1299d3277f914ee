import { z } from "zod";
import { AppError } from "@/lib/errors";

// Opaque keyset cursors: base64url JSON of the last row's sort value and id, tagged with the sort
// they belong to so a cursor from one ordering cannot be replayed against another.
const ZCursorSchema = z.tuple([
  z.string().max(40),
  z.union([z.string().max(64), z.number(), z.null()]),
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
