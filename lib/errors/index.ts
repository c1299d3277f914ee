import { ZodError } from "zod";

// One error type and one code → status table for every entry point (API, actions, pages, CLI).
export const ERROR_STATUS = {
  validation_failed: 422,
  bad_request: 400,
  unauthenticated: 401,
  invalid_api_key: 401,
  missing_api_key: 401,
  malformed_api_key: 401,
  forbidden: 403,
  insufficient_scope: 403,
  not_found: 404,
  conflict: 409,
  idempotency_conflict: 409,
  payload_too_large: 413,
  insufficient_credits: 402,
  // Billing: each plan limit has its own code; paying (a plan that lifts it, a card that works)
  // is what clears them, hence 402. details name the plan, the limit and the plan that lifts it.
  plan_limit_urls_per_job: 402,
  plan_limit_pages_per_site: 402,
  plan_limit_seats: 402,
  billing_past_due: 402,
  billing_not_configured: 503,
  crm_not_configured: 503,
  crm_not_connected: 409,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
/** field path (dot-joined) → messages */
export type FieldErrors = Record<string, string[]>;

// Next bundles a module once per layer (proxy, server components, actions), and objects kept on
// globalThis (the db, the auth engine) cross those copies: an AppError thrown by one copy must still
// pass `instanceof AppError` in another. A registered symbol is the same in every copy.
const APP_ERROR_BRAND = Symbol.for("leadscout.AppError");

export class AppError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    return (
      typeof value === "object" &&
      value !== null &&
      (value as Record<symbol, unknown>)[APP_ERROR_BRAND] === true
    );
  }

  readonly [APP_ERROR_BRAND] = true;
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  readonly details?: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    opts: { fields?: FieldErrors; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = opts.fields;
    this.details = opts.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Every issue of a zod error, grouped by field: the client sees them all at once, not the first. */
export function fieldErrorsOf(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

export function validationError(error: ZodError, message = "Some fields are invalid"): AppError {
  return new AppError("validation_failed", message, { fields: fieldErrorsOf(error) });
}

/** Maps anything thrown to an AppError; unknown errors become an `internal` with no detail leaked. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) return validationError(err);
  return new AppError("internal", "Something went wrong on our side", { cause: err });
}

export const notFound = (what = "Resource") => new AppError("not_found", `${what} not found`);
export const forbidden = (message = "You do not have permission to do that") =>
  new AppError("forbidden", message);

/**
 * The database refuses some acts to an account whose address is not verified yet (migration 0019:
 * accepting an invitation, creating an API key): errcode P0001, hint email_unverified. Turned into
 * a 403 that says what to do; anything else comes back undefined.
 */
export function emailUnverifiedError(err: unknown, what: string): AppError | undefined {
  const e = err as { code?: unknown; hint?: unknown } | null;
  if (e?.code !== "P0001" || e.hint !== "email_unverified") return undefined;
  return new AppError(
    "forbidden",
    `Verify your email address before ${what}: follow the link we sent you, or send a new one from Settings › Account.`,
    { details: { reason: "email_unverified" }, cause: err },
  );
}
