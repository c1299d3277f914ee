// The retry loop every CRM call goes through, shared by the HubSpot and Salesforce clients: the
// provider says, per error, how long to wait before the next attempt (its Retry-After on a 429,
// backoff on a 5xx or a dropped connection) or that the error is final. A wait longer than
// maxWaitMs fails the call instead, so the Inngest step fails and Inngest retries it later.

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  /** Longest wait honoured in process; a longer one fails the call (Inngest retries). */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** ms to wait before trying again (0: at once), or null when the error is final. */
export type RetryDecision = (
  err: unknown,
  attempt: number,
) => Promise<number | null> | number | null;

const defaultSleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Exponential backoff with a little jitter: 250 ms, 500 ms, 1 s, … */
export const backoffMs = (attempt: number) =>
  250 * 2 ** (attempt - 1) + Math.floor(Math.random() * 100);

/** Seconds (or an HTTP date) from a Retry-After header, in ms; null when absent or unreadable. */
export function retryAfterMs(raw: string | null | undefined): number | null {
  if (!raw) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

/**
 * A request that got no answer at all (connection reset, refused, a keep-alive socket closed under
 * it): worth another try, like a 5xx. fetch reports these as a TypeError whose cause says why;
 * node-fetch (under jsforce) as a FetchError of type "system".
 */
export function isNetworkError(err: unknown): boolean {
  if (err instanceof Error && err.name === "FetchError")
    return (err as { type?: unknown }).type === "system";
  if (!(err instanceof TypeError)) return false;
  const cause = (err as { cause?: { code?: unknown } }).cause;
  return err.message === "fetch failed" || typeof cause?.code === "string";
}

export async function withRetries<T>(
  run: () => Promise<T>,
  decide: RetryDecision,
  options: RetryOptions = {},
): Promise<T> {
  const { attempts = 5, maxWaitMs = 30_000, sleep = defaultSleep } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= attempts) throw err;
      const wait = await decide(err, attempt);
      if (wait === null || wait > maxWaitMs) throw err;
      if (wait > 0) await sleep(wait);
    }
  }
}
