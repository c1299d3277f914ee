// The Content-Security-Policy of every page. Scripts run only with the per-request nonce (Next.js
// puts it on its own bootstrap and chunk scripts) or when loaded by such a script ('strict-dynamic':
// Next's lazily loaded chunks, PostHog's and Sentry's client code); no 'unsafe-inline' for scripts,
// and 'unsafe-eval' only in development, where React uses eval for its error overlays.

export interface CspOptions {
  nonce: string;
  dev: boolean;
  /** Upgrade http subresources to https: only when the app is itself served over https. */
  https: boolean;
  /** Origins the browser may send data to besides this one (analytics, error reporting). */
  connect: string[];
  /** Any site may frame the page: the hosted inbound forms (/f/…) only; every other page 'none'. */
  framable?: boolean;
}

export function contentSecurityPolicy(o: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", `'nonce-${o.nonce}'`, "'strict-dynamic'", ...(o.dev ? ["'unsafe-eval'"] : [])],
    // Styles may be inline: React renders style attributes (progress bars) and Radix injects
    // <style> elements at run time; CSS cannot run script, which is what the nonce guards.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...o.connect],
    ["worker-src", "'self'", "blob:"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    o.framable ? ["frame-ancestors", "*"] : ["frame-ancestors", "'none'"],
    ...(o.https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** The origin of a URL, or undefined when it is not one (an unset or mistyped variable). */
function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where the browser-side monitoring (instrumentation-client.ts) sends data, when configured:
 * PostHog's API host and the assets host it loads its recorder from, and Sentry's ingest origin.
 */
export function monitoringOrigins(vars: {
  posthogKey?: string;
  posthogHost?: string;
  sentryDsn?: string;
}): string[] {
  const out: string[] = [];
  if (vars.posthogKey) {
    const host = originOf(vars.posthogHost ?? "https://us.i.posthog.com");
    if (host) {
      out.push(host);
      // PostHog Cloud serves its lazily loaded scripts from <region>-assets.i.posthog.com.
      const m = /^https:\/\/(us|eu)\.i\.posthog\.com$/.exec(host);
      if (m) out.push(`https://${m[1]}-assets.i.posthog.com`);
    }
  }
  const sentry = originOf(vars.sentryDsn);
  if (sentry) out.push(sentry);
  return out;
}
