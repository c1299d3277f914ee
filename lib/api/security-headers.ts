// Set on every /api/v1 response. The API is called with a Bearer key and never with cookies, so
// any origin may call it (CORS *, no credentials); the dashboard stays same-origin.
const SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "Cross-Origin-Resource-Policy": "cross-origin",
  "Cache-Control": "no-store",
};

const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After",
};

export function applyApiHeaders(res: Response, extra: Record<string, string> = {}): Response {
  for (const [k, v] of Object.entries({ ...SECURITY_HEADERS, ...CORS_HEADERS, ...extra }))
    res.headers.set(k, v);
  return res;
}

/** The answer to a CORS preflight for a Bearer route: any origin, our methods and headers. */
export function preflight(methods: string): Response {
  return applyApiHeaders(new Response(null, { status: 204 }), {
    "Access-Control-Allow-Methods": `${methods}, OPTIONS`,
    "Access-Control-Allow-Headers": "Authorization, Content-Type, Idempotency-Key, X-Request-Id",
    "Access-Control-Max-Age": "86400",
  });
}
