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
    const headers = baseSecurityHeaders(process.env.NODE_ENV === "production");
    return [
      {
        source: "/:path*",
        headers: Object.entries(headers).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default config;
