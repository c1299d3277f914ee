// Postgres error codes the app reacts to, by name: one place to read what "23505" means, and one
// shape check (node-postgres and PGlite both put the SQLSTATE in `code`).

/** SQLSTATE of an error thrown by a query, if it has one. */
export function pgErrorCode(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** 23505: a unique constraint refused a duplicate row (`constraint` names which, when given). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  if (pgErrorCode(err) !== "23505") return false;
  return constraint === undefined || (err as { constraint?: unknown }).constraint === constraint;
}

/** 42501: row-level security (or a grant) refused the statement for the caller's role. */
export function isPolicyRefusal(err: unknown): boolean {
  return pgErrorCode(err) === "42501";
}
