import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { LoopbackServer } from "../loopback-server";
import { dataRoute, sfError, type SfRecord } from "./data-routes";

// A loopback server speaking the part of Salesforce's HTTP API Leadscout uses, as Salesforce
// answers it: the OAuth 2.0 web server flow (/services/oauth2/authorize, token with the
// authorization_code and refresh_token grants answering instance_url and id, revoke), SOQL
// queries (/services/data/vXX.X/query, 2,000 records a page) and the sObject Collections API
// (/composite/sobjects create and update, 200 records a call, allOrNone false, one
// {id, success, errors[{statusCode, message, fields}]} per record, in order). It keeps state (so
// a second push is checkable for duplicates) and can be told to answer 429 with Retry-After
// (REQUEST_LIMIT_EXCEEDED) or 503, to drop a connection unanswered, to expire every access token (401 INVALID_SESSION_ID), and to
// reject records by email with Salesforce's per-record error. Its own URL is the instance_url it
// hands out unless `instanceUrl` says otherwise (the SSRF checks use that).

export interface SalesforceServerOptions {
  clientId: string;
  clientSecret: string;
  /** What the token endpoint answers as instance_url (default: this server's own URL). */
  instanceUrl?: string;
}

interface Fault {
  path: RegExp;
  /** "reset": the connection is dropped without an answer (and the request not processed). */
  status: 429 | 500 | 503 | "reset";
  retryAfterSeconds?: number;
  times: number;
}

const token = (prefix: string) => `${prefix}!${randomBytes(24).toString("base64url")}`;
export const SF_ORG_ID = "00D5g000004XyZaEAK";
const SF_USER_ID = "0055g00000AbCdEAAZ";

export class SalesforceServer extends LoopbackServer {
  /** Records by sObject type, then by Id. */
  readonly store = new Map<string, Map<string, SfRecord>>();
  /** Every request: method, path (without the query) and the status answered. */
  readonly requests: { method: string; path: string; status: number }[] = [];
  /** Emails Salesforce refuses on a Contact or Lead (one record rejected within a collection). */
  readonly rejectedEmails = new Set<string>();
  readonly revokedTokens: string[] = [];
  /** Every access and refresh token it handed out, for "never in a log or an answer" checks. */
  readonly issuedTokens: string[] = [];
  private readonly faults: Fault[] = [];
  private readonly codes = new Map<string, { redirectUri: string }>();
  private readonly accessTokens = new Set<string>();
  private readonly refreshTokens = new Set<string>();
  private nextId = 1;

  constructor(private readonly options: SalesforceServerOptions) {
    super();
  }

  /** The next `times` data API requests whose path matches answer `status`. */
  fail(path: RegExp, status: Fault["status"], times = 1, retryAfterSeconds?: number) {
    this.faults.push({ path, status, times, retryAfterSeconds });
  }

  /** Ends every session issued so far, as Salesforce does after its session timeout. */
  expireAccessTokens() {
    this.accessTokens.clear();
  }

  records(type: string): SfRecord[] {
    return [...(this.store.get(type)?.values() ?? [])];
  }

  /** Calls to the data API (not OAuth): what "calls per record" divides. */
  dataCalls(): number {
    return this.requests.filter((r) => r.path.startsWith("/services/data/")).length;
  }

  /** A Salesforce-style 18-character id with the sObject's key prefix. */
  newId(type: string): string {
    const prefix = type === "Account" ? "001" : type === "Contact" ? "003" : "00Q";
    return `${prefix}5g${String(this.nextId++).padStart(10, "0")}AAA`;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://salesforce.local");
    const method = req.method ?? "GET";
    // Salesforce refuses a request line longer than 16,384 bytes (a SOQL query too long for GET).
    if ((req.url ?? "").length > 16_384) {
      this.requests.push({ method, path: url.pathname, status: 414 });
      res.writeHead(414, { "content-type": "text/html" }).end("<h1>414 URI Too Long</h1>");
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      this.requests.push({ method, path: url.pathname, status });
      const text = body === undefined ? "" : JSON.stringify(body);
      res.writeHead(status, {
        ...(text ? { "content-type": "application/json;charset=UTF-8" } : {}),
        ...headers,
      });
      res.end(text);
    };
    try {
      await this.route(method, url, raw, req, res, send);
    } catch (err) {
      send(400, sfError("JSON_PARSER_ERROR", `Unexpected input: ${String(err)}`));
    }
  }

  private async route(
    method: string,
    url: URL,
    raw: string,
    req: IncomingMessage,
    res: ServerResponse,
    send: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ) {
    const path = url.pathname;
    if (method === "GET" && path === "/services/oauth2/authorize")
      return this.authorizePage(url, res);
    if (method === "POST" && path === "/services/oauth2/authorize/grant") {
      const form = new URLSearchParams(raw);
      const code = token("aPrx");
      const redirectUri = form.get("redirect_uri") ?? "";
      this.codes.set(code, { redirectUri });
      const target = new URL(redirectUri);
      target.searchParams.set("code", code);
      target.searchParams.set("state", form.get("state") ?? "");
      this.requests.push({ method, path, status: 302 });
      res.writeHead(302, { location: target.href }).end();
      return;
    }
    if (method === "POST" && path === "/services/oauth2/token") return this.tokenGrant(raw, send);
    if (method === "POST" && path === "/services/oauth2/revoke") {
      const value = new URLSearchParams(raw).get("token") ?? "";
      const known = this.refreshTokens.delete(value) || this.accessTokens.delete(value);
      if (!known) return send(400, { error: "invalid_token", error_description: "invalid token" });
      this.revokedTokens.push(value);
      return send(200, undefined);
    }
    if (!path.startsWith("/services/data/")) return send(404, sfError("NOT_FOUND", "Not found"));

    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!bearer || !this.accessTokens.has(bearer))
      return send(401, sfError("INVALID_SESSION_ID", "Session expired or invalid"));
    const fault = this.faults.find((f) => f.times > 0 && f.path.test(path));
    if (fault) {
      fault.times -= 1;
      if (fault.status === "reset") {
        this.requests.push({ method, path, status: 0 });
        req.socket.destroy();
        return;
      }
      if (fault.status === 429)
        return send(
          429,
          sfError("REQUEST_LIMIT_EXCEEDED", "ConcurrentPerOrgLongTxn Limit exceeded."),
          { "retry-after": String(fault.retryAfterSeconds ?? 1) },
        );
      return send(
        fault.status,
        sfError("SERVER_UNAVAILABLE", "Server temporarily unavailable, please try again"),
      );
    }
    const answer = dataRoute(this, method, path, url.searchParams, raw);
    return send(answer.status, answer.body);
  }

  private authorizePage(url: URL, res: ServerResponse) {
    const field = (name: string) => url.searchParams.get(name) ?? "";
    const ok =
      field("response_type") === "code" &&
      field("client_id") === this.options.clientId &&
      field("redirect_uri") !== "";
    const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    res.writeHead(ok ? 200 : 400, { "content-type": "text/html; charset=utf-8" });
    res.end(
      ok
        ? `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Allow Access?</title>` +
            `</head><body><main><h1>Allow Leadscout to access Acme Sales (Salesforce)?</h1>` +
            `<p>Scopes: ${esc(field("scope"))}</p><form method="post" action="/services/oauth2/authorize/grant">` +
            `<input type="hidden" name="redirect_uri" value="${esc(field("redirect_uri"))}">` +
            `<input type="hidden" name="state" value="${esc(field("state"))}">` +
            `<button type="submit">Allow</button></form></main></body></html>`
        : "<!doctype html><title>Error</title><p>error=invalid_client_id</p>",
    );
  }

  private tokenGrant(raw: string, send: (status: number, body: unknown) => void) {
    const form = new URLSearchParams(raw);
    if (
      form.get("client_id") !== this.options.clientId ||
      form.get("client_secret") !== this.options.clientSecret
    )
      return send(400, {
        error: "invalid_client",
        error_description: "invalid client credentials",
      });
    const grant = form.get("grant_type");
    if (grant === "authorization_code") {
      const code = this.codes.get(form.get("code") ?? "");
      this.codes.delete(form.get("code") ?? "");
      if (!code || code.redirectUri !== form.get("redirect_uri"))
        return send(400, { error: "invalid_grant", error_description: "authentication failure" });
    } else if (grant === "refresh_token") {
      if (!this.refreshTokens.has(form.get("refresh_token") ?? ""))
        return send(400, {
          error: "invalid_grant",
          error_description: "expired access/refresh token",
        });
    } else
      return send(400, {
        error: "unsupported_grant_type",
        error_description: "grant type not supported",
      });
    const accessToken = token(SF_ORG_ID);
    this.accessTokens.add(accessToken);
    this.issuedTokens.push(accessToken);
    // Salesforce answers no expires_in and, on a refresh, no new refresh token.
    const answer: Record<string, string> = {
      access_token: accessToken,
      signature: randomBytes(32).toString("base64"),
      scope: "refresh_token api",
      instance_url: this.options.instanceUrl ?? this.url,
      id: `${this.url}/id/${SF_ORG_ID}/${SF_USER_ID}`,
      token_type: "Bearer",
      issued_at: String(Date.now()),
    };
    if (grant === "authorization_code") {
      const refresh = token("5Aep");
      this.refreshTokens.add(refresh);
      this.issuedTokens.push(refresh);
      answer.refresh_token = refresh;
    }
    return send(200, answer);
  }
}
