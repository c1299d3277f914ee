import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, monitoringOrigins } from "./csp";
import { baseSecurityHeaders, isFramablePath } from "./page-headers";

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `) || d === name);

describe("contentSecurityPolicy", () => {
  it("allows scripts only by nonce in production, and no framing", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", dev: false, https: true, connect: [] });
    expect(directive(csp, "script-src")).toBe("script-src 'nonce-abc123' 'strict-dynamic'");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "upgrade-insecure-requests")).toBeDefined();
  });

  it("lets any site frame a hosted form page, and only such a page", () => {
    const framable = { nonce: "n", dev: false, https: true, connect: [], framable: true };
    expect(directive(contentSecurityPolicy(framable), "frame-ancestors")).toBe("frame-ancestors *");
    expect(isFramablePath("/f/contact-us-x1y2z3")).toBe(true);
    for (const path of ["/", "/f", "/forms", "/settings/forms", "/fx/y", "/leads/f/x"])
      expect(isFramablePath(path)).toBe(false);
    expect(baseSecurityHeaders(true)["X-Frame-Options"]).toBe("DENY");
    expect(baseSecurityHeaders(true, true)["X-Frame-Options"]).toBeUndefined();
  });

  it("adds eval in development only, and never upgrades plain-http installs", () => {
    const csp = contentSecurityPolicy({ nonce: "n", dev: true, https: false, connect: [] });
    expect(directive(csp, "script-src")).toContain("'unsafe-eval'");
    expect(directive(csp, "upgrade-insecure-requests")).toBeUndefined();
  });

  it("lets the browser reach configured monitoring, and nothing else", () => {
    const origins = monitoringOrigins({
      posthogKey: "phc_x",
      posthogHost: "https://eu.i.posthog.com",
      sentryDsn: "https://key@o1.ingest.sentry.io/42",
    });
    expect(origins).toEqual([
      "https://eu.i.posthog.com",
      "https://eu-assets.i.posthog.com",
      "https://o1.ingest.sentry.io",
    ]);
    expect(monitoringOrigins({ posthogHost: "https://eu.i.posthog.com" })).toEqual([]);
    const csp = contentSecurityPolicy({ nonce: "n", dev: false, https: true, connect: origins });
    expect(directive(csp, "connect-src")).toBe(`connect-src 'self' ${origins.join(" ")}`);
  });
});
