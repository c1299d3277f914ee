import { randomBytes, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { LoopbackServer } from "../loopback-server";
import { crmRoute, error } from "./crm-routes";
import { missingScope, PropertyStore } from "./properties-routes";

// A loopback server speaking the part of HubSpot's HTTP API Leadscout uses, as HubSpot answers
// it: the OAuth authorize page, POST /oauth/v1/token (authorization_code and refresh_token grants,
// form-encoded), access-token info, refresh-token revocation, CRM v3 company search and batch
// create/update, contact batch upsert by email, and v4 default associations. It keeps state (so a
// second push is checkable for duplicates), the CRM v3 properties API (reading, groups, batch
// create) with the standard properties a portal starts with — refusing records that carry a
// property the portal does not have, as HubSpot does — and the scopes each token was granted (the
// properties API needs crm.schemas.*). It enforces HubSpot's 100-input batch limit, and can be
// told to answer 429 with Retry-After, 5xx, an expired access token, or to reject one record in a
// batch with HubSpot's error shape. Used by the integration tests, `pnpm bench:crm` and e2e.

export interface CrmObject {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: false;
}

interface Fault {
  path: RegExp;
  /** "reset": the connection is dropped without an answer. */
  status: 429 | 500 | 502 | 503 | "reset";
  retryAfterSeconds?: number;
  times: number;
}

/** Extra routes served before HubSpot's (e2e adds /health and a state readout); true if answered. */
export type ExtraRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;

export interface HubSpotServerOptions {
  clientId: string;
  clientSecret: string;
  /** Lifetime of the access tokens it issues (HubSpot's is 1800 s). */
  accessTokenSeconds?: number;
  hubId?: number;
  hubDomain?: string;
  extraRoutes?: ExtraRoutes;
}

const MAX_BATCH = 100;
const token = (prefix: string) => `${prefix}-${randomBytes(18).toString("base64url")}`;
const now = () => new Date().toISOString();

export class HubSpotServer extends LoopbackServer {
  readonly companies = new Map<string, CrmObject>();
  readonly contacts = new Map<string, CrmObject>();
  /** Lookup indexes HubSpot keeps too: contacts by email, companies by (lowercased) domain. */
  readonly contactByEmail = new Map<string, string>();
  readonly companiesByDomain = new Map<string, Set<string>>();
  /** `contactId>companyId` pairs. */
  readonly associations = new Set<string>();
  /** Every request: method, path (with query) and the status answered. */
  readonly requests: { method: string; path: string; status: number }[] = [];
  /** Contacts whose email HubSpot refuses (one record rejected within a batch). */
  readonly rejectedEmails = new Set<string>();
  readonly revokedRefreshTokens: string[] = [];
  /** Every access and refresh token it handed out, for "never in a log or an answer" checks. */
  readonly issuedTokens: string[] = [];
  readonly hubId: number;
  readonly hubDomain: string;
  /** The portal's property definitions per object type (standard ones, then custom). */
  readonly properties = new PropertyStore();
  private readonly faults: Fault[] = [];
  private readonly codes = new Map<string, { redirectUri: string; scopes: string[] }>();
  private readonly accessTokens = new Map<string, { expiresAt: number; scopes: string[] }>();
  /** Refresh token → the scopes granted with it. */
  private readonly refreshTokens = new Map<string, string[]>();
  private nextId = 1000;

  constructor(private readonly options: HubSpotServerOptions) {
    super();
    this.hubId = options.hubId ?? 4_200_042;
    this.hubDomain = options.hubDomain ?? "acme-sales.hubspot.test";
  }

  /** The next `times` requests whose path matches answer `status` (429 with Retry-After). */
  fail(path: RegExp, status: Fault["status"], times = 1, retryAfterSeconds?: number) {
    this.faults.push({ path, status, times, retryAfterSeconds });
  }

  /** Makes every access token issued so far expired, as if half an hour had passed. */
  expireAccessTokens() {
    for (const entry of this.accessTokens.values()) entry.expiresAt = 0;
  }

  /** Calls to the CRM API (not OAuth), the figure the benchmark divides by records. */
  crmCalls(): number {
    return this.requests.filter((r) => r.path.startsWith("/crm/")).length;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://hubspot.local");
    const method = req.method ?? "GET";
    if (this.options.extraRoutes?.(req, res, url)) return;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      this.requests.push({ method, path: url.pathname + url.search, status });
      const text = body === undefined ? "" : JSON.stringify(body);
      res.writeHead(status, {
        ...(text ? { "content-type": "application/json;charset=utf-8" } : {}),
        ...headers,
      });
      res.end(text);
    };
    try {
      await this.route(method, url, raw, req, res, send);
    } catch (err) {
      send(400, error("VALIDATION_ERROR", `Invalid input JSON: ${String(err)}`));
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
    if (method === "GET" && path === "/oauth/authorize") return this.authorizePage(url, res);
    if (method === "POST" && path === "/oauth/authorize/grant") {
      const form = new URLSearchParams(raw);
      const code = token("code");
      const redirectUri = form.get("redirect_uri") ?? "";
      const scopes = (form.get("scope") ?? "").split(" ").filter(Boolean);
      this.codes.set(code, { redirectUri, scopes });
      const target = new URL(redirectUri);
      target.searchParams.set("code", code);
      target.searchParams.set("state", form.get("state") ?? "");
      this.requests.push({ method, path, status: 302 });
      res.writeHead(302, { location: target.href }).end();
      return;
    }
    if (method === "POST" && path === "/oauth/v1/token") return this.tokenGrant(raw, send);
    const info = /^\/oauth\/v1\/access-tokens\/(.+)$/.exec(path);
    if (method === "GET" && info) {
      const entry = this.accessTokens.get(decodeURIComponent(info[1]!));
      if (!entry || entry.expiresAt < Date.now())
        return send(404, error("NOT_FOUND", "Token not found or expired"));
      return send(200, {
        token: decodeURIComponent(info[1]!),
        user: "owner@acme.test",
        hub_domain: this.hubDomain,
        scopes: entry.scopes,
        hub_id: this.hubId,
        app_id: 1,
        expires_in: Math.round((entry.expiresAt - Date.now()) / 1000),
        user_id: 7,
        token_type: "access",
      });
    }
    const revoke = /^\/oauth\/v1\/refresh-tokens\/(.+)$/.exec(path);
    if (method === "DELETE" && revoke) {
      const value = decodeURIComponent(revoke[1]!);
      if (!this.refreshTokens.delete(value)) return send(404, error("NOT_FOUND", "Not found"));
      this.revokedRefreshTokens.push(value);
      return send(204, undefined);
    }
    if (!path.startsWith("/crm/")) return send(404, error("NOT_FOUND", "Not found"));

    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const access = bearer ? this.accessTokens.get(bearer) : undefined;
    if (!access || access.expiresAt < Date.now())
      return send(401, {
        ...error(
          "EXPIRED_AUTHENTICATION",
          "The OAuth token used to make this call expired 0 second(s) ago.",
        ),
      });
    const scope = missingScope(method, path, access.scopes);
    if (scope)
      return send(403, {
        ...error(
          "MISSING_SCOPES",
          "This app hasn't been granted all required scopes to make this call.",
        ),
        errors: [
          {
            message: "One or more of the following scopes are required.",
            context: { requiredGranularScopes: [scope] },
          },
        ],
      });
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
          {
            status: "error",
            message: "You have reached your ten_secondly_rolling limit.",
            errorType: "RATE_LIMIT",
            correlationId: randomUUID(),
            policyName: "TEN_SECONDLY_ROLLING",
          },
          { "retry-after": String(fault.retryAfterSeconds ?? 1) },
        );
      return send(fault.status, error("INTERNAL_ERROR", "Internal error"));
    }
    const body = JSON.parse(raw || "{}") as { inputs?: unknown[] } & Record<string, unknown>;
    if (Array.isArray(body.inputs) && body.inputs.length > MAX_BATCH)
      return send(
        400,
        error("VALIDATION_ERROR", `Batch input limit exceeded: ${body.inputs.length} > 100`),
      );
    const answer = crmRoute(this, method, path, body);
    return send(answer.status, answer.body);
  }

  /** Keeps the domain index true after a company is created or its properties change. */
  indexCompany(obj: CrmObject, previousDomain: string | null) {
    if (previousDomain) this.companiesByDomain.get(previousDomain)?.delete(obj.id);
    const domain = obj.properties.domain?.toLowerCase();
    if (!domain) return;
    const ids = this.companiesByDomain.get(domain) ?? new Set<string>();
    ids.add(obj.id);
    this.companiesByDomain.set(domain, ids);
  }

  newObject(properties: Record<string, string | null>): CrmObject {
    const at = now();
    return { id: String(this.nextId++), properties, createdAt: at, updatedAt: at, archived: false };
  }

  private authorizePage(url: URL, res: ServerResponse) {
    const field = (name: string) => url.searchParams.get(name) ?? "";
    const ok = field("client_id") === this.options.clientId && field("redirect_uri") !== "";
    const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    res.writeHead(ok ? 200 : 400, { "content-type": "text/html; charset=utf-8" });
    res.end(
      ok
        ? `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Connect to HubSpot</title>` +
            `</head><body><main><h1>Connect Leadscout to ${esc(this.hubDomain)}</h1>` +
            `<p>Scopes: ${esc(field("scope"))}</p><form method="post" action="/oauth/authorize/grant">` +
            `<input type="hidden" name="redirect_uri" value="${esc(field("redirect_uri"))}">` +
            `<input type="hidden" name="state" value="${esc(field("state"))}">` +
            `<input type="hidden" name="scope" value="${esc(field("scope"))}">` +
            `<button type="submit">Grant access</button></form></main></body></html>`
        : "<!doctype html><title>Invalid request</title><p>Unknown client_id or no redirect_uri</p>",
    );
  }

  private tokenGrant(raw: string, send: (status: number, body: unknown) => void) {
    const form = new URLSearchParams(raw);
    if (
      form.get("client_id") !== this.options.clientId ||
      form.get("client_secret") !== this.options.clientSecret
    )
      return send(400, { status: "BAD_CLIENT_ID", message: "missing or unknown client id" });
    const grant = form.get("grant_type");
    let scopes: string[];
    if (grant === "authorization_code") {
      const code = this.codes.get(form.get("code") ?? "");
      this.codes.delete(form.get("code") ?? "");
      if (!code || code.redirectUri !== form.get("redirect_uri"))
        return send(400, { status: "BAD_AUTH_CODE", message: "missing or unknown auth code" });
      scopes = code.scopes;
    } else if (grant === "refresh_token") {
      const granted = this.refreshTokens.get(form.get("refresh_token") ?? "");
      if (!granted)
        return send(400, {
          status: "BAD_REFRESH_TOKEN",
          message: "missing or unknown refresh token",
        });
      scopes = granted;
    } else return send(400, { status: "BAD_GRANT_TYPE", message: "unknown grant type" });
    const accessToken = token("hs-access");
    const seconds = this.options.accessTokenSeconds ?? 1800;
    this.accessTokens.set(accessToken, { expiresAt: Date.now() + seconds * 1000, scopes });
    const refresh = grant === "refresh_token" ? form.get("refresh_token")! : token("hs-refresh");
    this.refreshTokens.set(refresh, scopes);
    this.issuedTokens.push(accessToken, refresh);
    return send(200, {
      token_type: "bearer",
      access_token: accessToken,
      refresh_token: refresh,
      expires_in: seconds,
    });
  }
}
