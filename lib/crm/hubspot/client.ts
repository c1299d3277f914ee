import { Client } from "@hubspot/api-client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// The official client, pointed by env at HubSpot or at a server speaking its API
// (HUBSPOT_API_BASE). Its own retry decorator is left off: it waits a fixed 10 s on any 429 and
// ignores Retry-After, so callHubSpot below retries instead — honouring Retry-After on 429,
// backing off on 5xx, and refreshing the access token once on a 401.

export function hubspotConfigured(): boolean {
  const e = env();
  return Boolean(e.HUBSPOT_CLIENT_ID && e.HUBSPOT_CLIENT_SECRET);
}

export function hubspotApp(): { clientId: string; clientSecret: string; apiBase: string } {
  const e = env();
  if (!e.HUBSPOT_CLIENT_ID || !e.HUBSPOT_CLIENT_SECRET)
    throw new AppError(
      "crm_not_configured",
      "HubSpot is not configured on this installation (HUBSPOT_CLIENT_ID and HUBSPOT_CLIENT_SECRET)",
    );
  return {
    clientId: e.HUBSPOT_CLIENT_ID,
    clientSecret: e.HUBSPOT_CLIENT_SECRET,
    apiBase: e.HUBSPOT_API_BASE.replace(/\/+$/, ""),
  };
}

/** A client for one access token (or none, for the OAuth endpoints). Cheap: no I/O. */
export function hubspotClient(accessToken?: string): Client {
  return new Client({ basePath: hubspotApp().apiBase, ...(accessToken ? { accessToken } : {}) });
}

/** What the official client throws for a non-2xx answer. */
interface HubSpotApiError {
  code: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export function isHubSpotError(err: unknown): err is HubSpotApiError {
  return (
    typeof err === "object" && err !== null && typeof (err as { code?: unknown }).code === "number"
  );
}

/**
 * A request that got no answer at all (connection reset, refused, a keep-alive socket closed under
 * it): worth another try, like a 5xx. fetch reports these as a TypeError whose cause says why.
 */
export function isNetworkError(err: unknown): boolean {
  if (!(err instanceof TypeError)) return false;
  const cause = (err as { cause?: { code?: unknown } }).cause;
  return err.message === "fetch failed" || typeof cause?.code === "string";
}

/** HubSpot's own message for an error answer, for the sync log. */
export function hubspotMessage(err: unknown): string {
  if (isHubSpotError(err)) {
    const body = err.body as { message?: unknown } | string | undefined;
    const message = typeof body === "object" && body ? body.message : body;
    return `HubSpot answered ${err.code}${typeof message === "string" && message ? `: ${message}` : ""}`;
  }
  return err instanceof Error ? err.message : String(err);
}

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  /** Longest Retry-After honoured in process; a longer one fails the call (Inngest retries). */
  maxWaitMs?: number;
  /** Called once on a 401: returns a fresh access token. */
  refresh?: () => Promise<string>;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Seconds (or an HTTP date) from a Retry-After header, in ms; null when absent or unreadable. */
export function retryAfterMs(headers: Record<string, string> | undefined): number | null {
  const raw = headers?.["retry-after"] ?? headers?.["Retry-After"];
  if (!raw) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

/**
 * Runs one HubSpot call with `token`, retrying what HubSpot asks to be retried: 429 after its
 * Retry-After (or 1 s), 5xx and requests that got no answer with exponential backoff, and a 401
 * once after a token refresh. Batch writes are upserts or idempotent, so a request that reached
 * HubSpot but whose answer was lost is safe to send again.
 */
export async function callHubSpot<T>(
  token: string,
  call: (client: Client) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const { attempts = 5, maxWaitMs = 30_000, refresh, sleep = defaultSleep } = options;
  let current = token;
  let refreshed = false;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(hubspotClient(current));
    } catch (err) {
      if (attempt >= attempts) throw err;
      if (isNetworkError(err)) {
        await sleep(250 * 2 ** (attempt - 1) + Math.floor(Math.random() * 100));
        continue;
      }
      if (!isHubSpotError(err)) throw err;
      if (err.code === 401 && refresh && !refreshed) {
        refreshed = true;
        current = await refresh();
        continue;
      }
      let wait: number;
      if (err.code === 429) wait = retryAfterMs(err.headers) ?? 1000;
      else if (err.code >= 500) wait = 250 * 2 ** (attempt - 1) + Math.floor(Math.random() * 100);
      else throw err;
      if (wait > maxWaitMs) throw err;
      await sleep(wait);
    }
  }
}
