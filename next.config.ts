import type { NextConfig } from "next";
import { baseSecurityHeaders } from "./lib/security/page-headers";

const config: NextConfig = {
  // PGlite ships WASM and the MCP client spawns child processes: both must stay plain Node modules.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "kysely-pglite-dialect",
    "pg",
    "@node-rs/argon2",
    // CommonJS with dynamic requires: loaded by Node as it is, not bundled.
    "jsforce",
  ],
  // Workspace packages ship TypeScript source (no build step): Next compiles them with the app.
  transpilePackages: [
    "@leadscout/http",
    "@leadscout/log",
    "@leadscout/resilience",
    "@leadscout/mcp-qualifier",
    "@leadscout/mcp-scraper",
    "@leadscout/mcp-enricher",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  // `pnpm typecheck` checks the whole workspace (tests and MCP servers included) as its own CI step;
  // checking again inside every build only doubles the build time.
  typescript: { ignoreBuildErrors: true },
  // Settings opens on its first tab. Redirected here, before any rendering: a page's redirect()
  // under the dashboard's loading boundary happens after streaming began, so the browser would
  // land on a skeleton first and move on from script.
  async redirects() {
    return [{ source: "/settings", destination: "/settings/organization", permanent: false }];
  },
  // Every response, static assets and API routes included; pages add their CSP in proxy.ts.
  async headers() {
    const production = process.env.NODE_ENV === "production";
    const list = (h: Record<string, string>) =>
      Object.entries(h).map(([key, value]) => ({ key, value }));
    const framable = baseSecurityHeaders(production, true);
    const denyFraming = Object.fromEntries(
      Object.entries(baseSecurityHeaders(production)).filter(([k]) => !(k in framable)),
    );
    return [
      { source: "/:path*", headers: list(framable) },
      // X-Frame-Options: DENY everywhere but the hosted inbound forms (/f/…), which other sites
      // embed (lib/security/page-headers.ts isFramablePath; their CSP allows any frame ancestor).
      { source: "/((?!f/).*)", headers: list(denyFraming) },
    ];
  },
};

export default config;
