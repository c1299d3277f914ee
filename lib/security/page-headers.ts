import { contentSecurityPolicy, monitoringOrigins } from "./csp";

// Headers every page response carries; the API sets its own stricter set (lib/api).

/** The pages other sites may embed in a frame: the hosted inbound forms, and nothing else. */
export function isFramablePath(pathname: string): boolean {
  return pathname.startsWith("/f/");
}

/** Sent on every response, static assets included (next.config.ts). */
export function baseSecurityHeaders(production: boolean, framable = false): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    // For browsers without CSP frame-ancestors (a framable page relies on its CSP alone).
    ...(framable ? {} : { "X-Frame-Options": "DENY" }),
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    ...(production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** A fresh, unguessable nonce for one page response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy for one page response. The NEXT_PUBLIC_ variables are read literally so the build
 * inlines the same values here as in the browser bundle that uses them.
 */
export function pageCsp(nonce: string, framable = false): string {
  return contentSecurityPolicy({
    nonce,
    framable,
    dev: process.env.NODE_ENV === "development",
    https: (process.env.APP_URL ?? "").startsWith("https:"),
    connect: monitoringOrigins({
      posthogKey: process.env.NEXT_PUBLIC_POSTHOG_KEY,
      posthogHost: process.env.NEXT_PUBLIC_POSTHOG_HOST,
      sentryDsn: process.env.NEXT_PUBLIC_SENTRY_DSN,
    }),
  });
}
