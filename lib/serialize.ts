// Row values → JSON, one definition for every view, payload and API response: Postgres hands back
// timestamps as Date (or ISO text) and numeric columns as strings. No imports: client-safe.

/** Timestamps leave as ISO 8601 strings in UTC; a missing one as null. */
export function iso(d: Date | string | null | undefined): string | null {
  if (d === null || d === undefined) return null;
  return (d instanceof Date ? d : new Date(d)).toISOString();
}

/**
 * numeric columns arrive as strings from Postgres; the API speaks numbers. A value that is not a
 * finite number (numeric's 'NaN', which JSON could only write as null anyway) becomes null.
 */
export function num(v: string | number | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}
