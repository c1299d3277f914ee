// Every way an outbound fetch can be refused or fail, as one typed error callers can switch on.
export type FetchErrorCode =
  | "invalid_url"
  | "blocked_scheme"
  | "blocked_address"
  | "dns_failed"
  | "too_many_redirects"
  /** The caller's `refuseRedirect` turned a hop down (a crawler's robots.txt, say). */
  | "redirect_refused"
  | "body_too_large"
  | "timeout"
  | "idle_timeout"
  | "unsupported_content_type"
  /** Content-Encoding the body does not match, or one we cannot decode. */
  | "bad_encoding"
  | "network";

export class FetchError extends Error {
  readonly code: FetchErrorCode;
  readonly url: string;

  constructor(code: FetchErrorCode, message: string, url: string, opts: { cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = "FetchError";
    this.code = code;
    this.url = url;
  }
}

export function isFetchError(err: unknown): err is FetchError {
  return err instanceof FetchError;
}

/** Finds our FetchError anywhere in a `cause` chain (undici wraps connect-time errors). */
export function findFetchError(err: unknown): FetchError | undefined {
  let cur: unknown = err;
  for (let depth = 0; cur && depth < 5; depth++) {
    if (cur instanceof FetchError) return cur;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}
