import type { McpServerName } from "./servers";

// What each MCP server process may see of the app's environment. The servers parse untrusted
// pages (and the scraper drives Chromium over them), so a compromise there must not hand over the
// platform's own secrets: AUTH_SECRET, API_KEY_HASH_SECRET, ENCRYPTION_KEY, DATABASE_URL, SMTP,
// Inngest and Stripe keys never reach them. Each list names what that server's code reads (its
// config.ts files and lib/log); anything else is dropped, so a variable added later stays out
// until someone decides a server needs it.

/** Every server: finding node and tsx, logging, locale and CA bundles for outbound TLS. */
const COMMON = {
  names: [
    "PATH",
    "HOME",
    "TMPDIR",
    "TZ",
    "LANG",
    "LC_ALL",
    "NODE_ENV",
    "NODE_EXTRA_CA_CERTS",
    "LOG_LEVEL",
    "SSRF_ALLOWLIST",
  ],
  prefixes: [] as string[],
};

const PER_SERVER: Record<McpServerName, { names: string[]; prefixes: string[] }> = {
  // mcp-servers/scraper/src/lib/crawl/config.ts
  scraper: { names: ["CHROMIUM_PATH"], prefixes: ["SCRAPER_"] },
  // mcp-servers/qualifier/src/lib/llm/config.ts
  qualifier: { names: [], prefixes: ["ANTHROPIC_", "QUALIFIER_"] },
  // mcp-servers/enricher/src/lib/config.ts
  enricher: {
    names: [
      "DNS_SERVERS",
      "DNS_TIMEOUT_MS",
      "EMAIL_SMTP_PROBE",
      "EMAIL_SMTP_PORT",
      "PROVIDER_TIMEOUT_MS",
      "UPSTASH_REDIS_REST_URL",
      "UPSTASH_REDIS_REST_TOKEN",
    ],
    prefixes: ["HUNTER_", "APOLLO_", "LINKEDIN_SEARCH_", "ENRICH_"],
  },
};

/** Whether `key` may be passed to `server`'s process. */
export function allowedForServer(server: McpServerName, key: string): boolean {
  const own = PER_SERVER[server];
  return (
    COMMON.names.includes(key) ||
    own.names.includes(key) ||
    own.prefixes.some((p) => key.startsWith(p))
  );
}

/** The environment `server` starts with: the allowed subset of `source`, plus stderr logging. */
export function childEnv(
  server: McpServerName,
  source: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(source))
    if (typeof value === "string" && allowedForServer(server, key)) out[key] = value;
  // stdout carries the protocol, so the server's logs go to stderr.
  out.LOG_TO_STDERR = "1";
  return out;
}
