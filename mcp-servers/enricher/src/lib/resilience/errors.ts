// Why a provider gave no answer. The waterfall records the kind and moves on to the next provider.
export type ProviderFailureKind =
  | "rate_limited"
  | "timeout"
  | "circuit_open"
  | "http_error"
  | "unauthorized"
  | "malformed"
  | "network";

export class ProviderError extends Error {
  readonly kind: ProviderFailureKind;
  readonly provider: string;
  readonly status?: number;
  /** From a 429's Retry-After header. */
  readonly retryAfterMs?: number;

  constructor(
    provider: string,
    kind: ProviderFailureKind,
    message: string,
    extra: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: extra.cause });
    this.name = "ProviderError";
    this.provider = provider;
    this.kind = kind;
    this.status = extra.status;
    this.retryAfterMs = extra.retryAfterMs;
  }
}

export function isProviderError(err: unknown): err is ProviderError {
  return err instanceof ProviderError;
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
