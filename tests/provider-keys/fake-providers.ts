import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// One loopback server speaking the parts of three providers' APIs that "Check" calls: Anthropic's
// GET /v1/models, Hunter's GET /v2/account?api_key=, Apollo's GET /api/v1/auth/health; and the
// parts enrichment calls: Hunter's GET /v2/email-verifier and /v2/domain-search (key in the
// `api_key` query parameter), Apollo's GET /api/v1/organizations/enrich (key in `x-api-key`).
// A key in `good` is accepted; any other is refused the way each provider refuses one.

export interface SeenRequest {
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

/**
 * The key a request to Anthropic carries: @anthropic-ai/sdk 1.x sends it as `authorization:
 * Bearer <key>`, the HTTP API also takes `x-api-key`.
 */
export function anthropicKeyOf(headers: IncomingHttpHeaders): string {
  const bearer = /^Bearer (.+)$/.exec(String(headers.authorization ?? ""))?.[1];
  return bearer ?? String(headers["x-api-key"] ?? "");
}

/** Which provider an enrichment request went to, and with which key. */
export function enrichmentCall(
  r: SeenRequest,
): { provider: "hunter" | "apollo"; key: string } | undefined {
  if (r.path === "/v2/email-verifier" || r.path === "/v2/domain-search")
    return { provider: "hunter", key: r.query.get("api_key") ?? "" };
  if (r.path === "/api/v1/organizations/enrich")
    return { provider: "apollo", key: String(r.headers["x-api-key"] ?? "") };
  return undefined;
}

const hunterRefusal = {
  errors: [
    { id: "authentication_failed", code: 401, details: "No user found for the API key supplied" },
  ],
};

function enrichmentAnswer(
  u: URL,
  headers: IncomingHttpHeaders,
  keys: Set<string>,
): [number, unknown] | undefined {
  if (u.pathname === "/v2/email-verifier") {
    if (!keys.has(u.searchParams.get("api_key") ?? "")) return [401, hunterRefusal];
    const email = u.searchParams.get("email");
    return [
      200,
      { data: { status: "valid", result: "deliverable", score: 91, email, smtp_check: true } },
    ];
  }
  if (u.pathname === "/v2/domain-search") {
    if (!keys.has(u.searchParams.get("api_key") ?? "")) return [401, hunterRefusal];
    const domain = u.searchParams.get("domain");
    return [
      200,
      {
        data: {
          domain,
          organization: `Org of ${domain}`,
          industry: "Software",
          headcount: "11-50",
          country: "US",
        },
        meta: {},
      },
    ];
  }
  if (u.pathname === "/api/v1/organizations/enrich") {
    if (!keys.has(String(headers["x-api-key"] ?? "")))
      return [401, { error: "Invalid access credentials.", error_code: "INVALID_API_KEY" }];
    const domain = u.searchParams.get("domain");
    return [
      200,
      {
        organization: {
          name: `Apollo ${domain}`,
          estimated_num_employees: 42,
          founded_year: 2011,
          industry: "computer software",
          city: "Austin",
          country: "United States",
        },
      },
    ];
  }
  return undefined;
}

export interface FakeProviders {
  url: string;
  seen: SeenRequest[];
  good: Set<string>;
  close(): Promise<void>;
}

function json(res: import("node:http").ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

export async function startFakeProviders(good: string[]): Promise<FakeProviders> {
  const seen: SeenRequest[] = [];
  const keys = new Set(good);
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://127.0.0.1");
    seen.push({ path: u.pathname, query: u.searchParams, headers: req.headers });
    if (req.method === "GET" && u.pathname === "/v1/models") {
      if (!keys.has(anthropicKeyOf(req.headers)))
        return json(res, 401, {
          type: "error",
          error: { type: "authentication_error", message: "invalid x-api-key" },
        });
      return json(res, 200, {
        data: [
          {
            type: "model",
            id: "claude-sonnet-5-5",
            display_name: "Claude Sonnet",
            created_at: "2026-01-01T00:00:00Z",
          },
        ],
        has_more: false,
        first_id: "claude-sonnet-5-5",
        last_id: "claude-sonnet-5-5",
      });
    }
    if (req.method === "GET" && u.pathname === "/v2/account") {
      if (!keys.has(u.searchParams.get("api_key") ?? ""))
        return json(res, 401, {
          errors: [
            {
              id: "authentication_failed",
              code: 401,
              details: "No user found for the API key supplied",
            },
          ],
        });
      return json(res, 200, { data: { email: "team@example.test", plan_name: "Starter" } });
    }
    if (req.method === "GET" && u.pathname === "/api/v1/auth/health") {
      if (!keys.has(String(req.headers["x-api-key"] ?? "")))
        return json(res, 401, {
          error: "Invalid access credentials.",
        });
      return json(res, 200, { healthy: true, is_logged_in: true });
    }
    const answer = req.method === "GET" ? enrichmentAnswer(u, req.headers, keys) : undefined;
    if (answer) return json(res, answer[0], answer[1]);
    json(res, 404, { error: "not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    good: keys,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
