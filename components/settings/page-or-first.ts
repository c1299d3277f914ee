import { AppError } from "@/lib/errors";

/** A stale or hand-edited page cursor shows the first page with a note, not an error page. */
export async function pageOrFirst<T>(
  cursor: string | undefined,
  load: (cursor?: string) => Promise<T>,
): Promise<{ page: T; cursor: string | undefined; stale: boolean }> {
  try {
    return { page: await load(cursor), cursor, stale: false };
  } catch (err) {
    if (!cursor || !(err instanceof AppError) || err.code !== "validation_failed") throw err;
    return { page: await load(undefined), cursor: undefined, stale: true };
  }
}

/** One search parameter as a string (repeated or empty ones count as absent). */
export const oneParam = (v: string | string[] | undefined) =>
  typeof v === "string" && v ? v : undefined;
