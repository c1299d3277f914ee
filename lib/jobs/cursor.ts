import { AppError } from "@/lib/errors";

// Keyset cursors: the last row's (created_at, id), opaque to clients. Stable under inserts,
// unlike offsets, and cheap on the (org_id, created_at desc, id desc) index.
export interface Cursor {
  at: string;
  id: string;
}

export function encodeCursor(at: Date | string, id: string): string {
  const iso = at instanceof Date ? at.toISOString() : new Date(at).toISOString();
  return Buffer.from(JSON.stringify([iso, id])).toString("base64url");
}

export function decodeCursor(cursor: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (
      typeof at === "string" &&
      typeof id === "string" &&
      !Number.isNaN(Date.parse(at)) &&
      /^[0-9a-f-]{36}$/i.test(id)
    )
      return { at, id };
  } catch {
    // fall through to the error below
  }
  throw new AppError("validation_failed", "The cursor is not valid", {
    fields: { cursor: ["Use next_cursor from the previous page"] },
  });
}
