import jsforce, { type Connection, type OAuth2 } from "jsforce";
import { HttpApi } from "jsforce/lib/http-api";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { CrmSession } from "../connection";
import { backoffMs, isNetworkError, retryAfterMs, withRetries, type RetryOptions } from "../retry";

// jsforce, pointed by env at Salesforce's login host (SALESFORCE_LOGIN_URL) for OAuth and at each
// organization's instance_url for the data API, as Salesforce does. jsforce refreshes the session
// on a 401 (through the refreshFn below, which stores the new token sealed); its own retry of
// 429/5xx is turned off because it ignores Retry-After and never retries a POST or PATCH, so
// callSalesforce retries instead — Retry-After on 429, backoff on 5xx and dropped connections.

export const SALESFORCE_API_VERSION = "62.0";

export function salesforceConfigured(): boolean {
  const e = env();
  return Boolean(e.SALESFORCE_CLIENT_ID && e.SALESFORCE_CLIENT_SECRET);
}

export function salesforceApp(): { clientId: string; clientSecret: string; loginUrl: string } {
  const e = env();
  if (!e.SALESFORCE_CLIENT_ID || !e.SALESFORCE_CLIENT_SECRET)
    throw new AppError(
      "crm_not_configured",
      "Salesforce is not configured on this installation (SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET)",
    );
  return {
    clientId: e.SALESFORCE_CLIENT_ID,
    clientSecret: e.SALESFORCE_CLIENT_SECRET,
    loginUrl: e.SALESFORCE_LOGIN_URL.replace(/\/+$/, ""),
  };
}

export function salesforceRedirectUri(): string {
  return new URL("/api/crm/salesforce/callback", env().APP_URL).href;
}

export function salesforceOAuth(): OAuth2 {
  const { clientId, clientSecret, loginUrl } = salesforceApp();
  return new jsforce.OAuth2({
    loginUrl,
    clientId,
    clientSecret,
    redirectUri: salesforceRedirectUri(),
  });
}

/** Salesforce's own hosts: My Domain, instances, Government Cloud, China. */
const SALESFORCE_HOSTS = [
  ".salesforce.com",
  ".force.com",
  ".cloudforce.com",
  ".salesforce.mil",
  ".force.mil",
  ".sfcrmproducts.cn",
];
const isLoopback = (host: string) =>
  host === "localhost" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);

/**
 * The instance_url a token answer names is where every data call (with the access token) goes, so
 * it is checked before it is stored or used: https, no credentials, no port, on one of
 * Salesforce's domains. Only when SALESFORCE_LOGIN_URL is itself loopback (tests, a local
 * Salesforce) may it be a loopback http URL — never anything else. Returns the origin.
 */
export function checkInstanceUrl(raw: unknown): string {
  const refuse = () =>
    new AppError(
      "bad_request",
      "Salesforce answered an instance URL that is not a Salesforce host; nothing was connected",
    );
  if (typeof raw !== "string") throw refuse();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse();
  }
  if (url.username || url.password) throw refuse();
  const loginHost = new URL(salesforceApp().loginUrl).hostname;
  if (isLoopback(loginHost)) {
    if (!isLoopback(url.hostname) || !/^https?:$/.test(url.protocol)) throw refuse();
    return url.origin;
  }
  const host = url.hostname.toLowerCase();
  if (url.protocol !== "https:" || url.port || !SALESFORCE_HOSTS.some((s) => host.endsWith(s)))
    throw refuse();
  return url.origin;
}

/** A jsforce connection for one organization's session; a 401 refreshes through the session. */
export function salesforceConnection(session: CrmSession): Connection {
  if (!session.instanceUrl) throw new AppError("crm_not_connected", "Salesforce is not connected");
  return new jsforce.Connection({
    oauth2: salesforceOAuth(),
    instanceUrl: session.instanceUrl,
    accessToken: session.accessToken,
    version: SALESFORCE_API_VERSION,
    refreshFn: (conn, callback) => {
      session.refresh().then(
        (accessToken) => {
          // The refresh may move the org to another instance (checked, stored by the session).
          if (session.instanceUrl) conn.instanceUrl = session.instanceUrl;
          callback(null, accessToken);
        },
        (err: Error) => callback(err),
      );
    },
  });
}

/** What jsforce throws for an error answer: Salesforce's errorCode as its name, and its message. */
interface SalesforceApiError extends Error {
  errorCode: string;
  /** The HTTP status, added by callSalesforce. */
  status?: number;
}

const isSalesforceError = (err: unknown): err is SalesforceApiError =>
  err instanceof Error && typeof (err as { errorCode?: unknown }).errorCode === "string";

/** Salesforce's own message for an error answer, for the sync log. */
export function salesforceMessage(err: unknown): string {
  if (isSalesforceError(err))
    return `Salesforce answered ${err.status ?? "an error"}: ${err.errorCode}: ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}

export interface SalesforceRequest {
  method: "GET" | "POST" | "PATCH";
  /** Under /services/data/vXX.X, or an absolute path from the instance (nextRecordsUrl). */
  path: string;
  body?: unknown;
}

/**
 * One data API call through jsforce, retried as Salesforce asks: 429 after its Retry-After (or
 * 1 s), 5xx with exponential backoff. A request that got no answer is sent again only when that
 * is safe (a query, an update by Id): a create whose answer was lost may have created its
 * records, so it fails instead, and the next push's lookup finds what it made — no duplicate.
 */
export async function callSalesforce<T>(
  conn: Connection,
  req: SalesforceRequest,
  options: RetryOptions = {},
): Promise<T> {
  let last: { statusCode: number; headers: Record<string, string> } | null = null;
  return withRetries(
    async () => {
      last = null;
      // retry.maxRetries 0: jsforce's fetch retry would ignore Retry-After (see above).
      const api = new HttpApi(conn, { retry: { maxRetries: 0 } });
      api.on("response", (res: { statusCode: number; headers: Record<string, string> }) => {
        last = res;
      });
      const url = req.path.startsWith("/services/")
        ? conn.instanceUrl + req.path
        : `${conn.instanceUrl}/services/data/v${SALESFORCE_API_VERSION}/${req.path}`;
      try {
        return (await api.request<T>({
          method: req.method,
          url,
          headers: { "content-type": "application/json" },
          ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
        })) as T;
      } catch (err) {
        const status = (last as { statusCode: number } | null)?.statusCode;
        if (isSalesforceError(err) && status) err.status = status;
        throw err;
      }
    },
    (err, attempt) => {
      if (isNetworkError(err)) return req.method === "POST" ? null : backoffMs(attempt);
      const answer = last as { statusCode: number; headers: Record<string, string> } | null;
      if (!isSalesforceError(err) || !answer) return null;
      if (answer.statusCode === 429) return retryAfterMs(answer.headers["retry-after"]) ?? 1000;
      if (answer.statusCode === 503)
        return retryAfterMs(answer.headers["retry-after"]) ?? backoffMs(attempt);
      return answer.statusCode >= 500 ? backoffMs(attempt) : null;
    },
    options,
  );
}
