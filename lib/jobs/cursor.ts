import { isExactInstant } from "@/lib/api/cursor";
import { AppError } from "@/lib/errors";

// Keyset cursors: the last row's (created_at, id), opaque to clients; created_at as the exact
// instant (exactInstant in lib/api/cursor), since the URLs of a job share one created_at. Stable under inserts,
// unlike offsets, and cheap on the (org_id, created_at desc, id desc) index.
export interface Cursor {
  at: string;
  id: string;
}

export function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString("base64url");
}

export function decodeCursor(cursor: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (
      typeof at === "string" &&
      typeof id === "string" &&
      isExactInstant(at) &&
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
