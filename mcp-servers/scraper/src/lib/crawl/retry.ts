import {
  FetchError,
  type SafeFetch,
  type SafeFetchOptions,
  type SafeResponse,
} from "@leadscout/http";

export const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const RETRYABLE_ERRORS = new Set(["network", "idle_timeout"]);

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unparsable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export interface RetryOptions {
  retries: number;
  baseDelayMs: number;
  /** Absolute time after which no retry is attempted. */
  deadline: number;
  /** Each attempt may take a different proxy. */
  proxyFor?: (attempt: number) => string | undefined;
  /** Wraps each attempt, e.g. to take a politeness slot. */
  around?: <T>(attempt: () => Promise<T>) => Promise<T>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Fetches with exponential backoff on 429/5xx and transient network errors. A server's
 * Retry-After wins over our backoff; if it asks for longer than the deadline allows, we stop and
 * return its answer.
 */
export async function fetchWithRetry(
  fetch: SafeFetch,
  url: string,
  opts: SafeFetchOptions,
  retry: RetryOptions,
): Promise<SafeResponse> {
  const around = retry.around ?? ((fn) => fn());
  for (let attempt = 0; ; attempt++) {
    const remaining = retry.deadline - Date.now();
    if (remaining <= 0) throw new FetchError("timeout", "Crawl time budget exhausted", url);
    const timeoutMs = Math.min(opts.timeoutMs ?? 15_000, remaining);
    let res: SafeResponse | undefined;
    let error: unknown;
    try {
      res = await around(() =>
        fetch(url, { ...opts, timeoutMs, proxy: retry.proxyFor?.(attempt) ?? opts.proxy }),
      );
    } catch (err) {
      error = err;
    }
    const retryable = res ? RETRY_STATUSES.has(res.status) : isTransient(error);
    if (!retryable || attempt >= retry.retries) {
      if (res) return res;
      throw error;
    }
    const backoff = retry.baseDelayMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
    const wait = (res && parseRetryAfter(res.headers["retry-after"])) ?? backoff;
    if (Date.now() + wait >= retry.deadline) {
      if (res) return res;
      throw error;
    }
    await sleep(wait);
  }
}

function isTransient(e: unknown): boolean {
  return e instanceof FetchError && RETRYABLE_ERRORS.has(e.code);
}
