import { Client } from "@hubspot/api-client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { backoffMs, isNetworkError, retryAfterMs, withRetries, type RetryOptions } from "../retry";

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

/** HubSpot's own message for an error answer, for the sync log. */
export function hubspotMessage(err: unknown): string {
  if (isHubSpotError(err)) {
    const body = err.body as { message?: unknown } | string | undefined;
    const message = typeof body === "object" && body ? body.message : body;
    return `HubSpot answered ${err.code}${typeof message === "string" && message ? `: ${message}` : ""}`;
  }
  return err instanceof Error ? err.message : String(err);
}

export interface HubSpotCallOptions extends RetryOptions {
  /** Called once on a 401: returns a fresh access token. */
  refresh?: () => Promise<string>;
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
  options: HubSpotCallOptions = {},
): Promise<T> {
  const { refresh, ...retry } = options;
  let current = token;
  let refreshed = false;
  return withRetries(
    () => call(hubspotClient(current)),
    async (err, attempt) => {
      if (isNetworkError(err)) return backoffMs(attempt);
      if (!isHubSpotError(err)) return null;
      if (err.code === 401 && refresh && !refreshed) {
        refreshed = true;
        current = await refresh();
        return 0;
      }
      if (err.code === 429)
        return retryAfterMs(err.headers?.["retry-after"] ?? err.headers?.["Retry-After"]) ?? 1000;
      return err.code >= 500 ? backoffMs(attempt) : null;
    },
    retry,
  );
}
