import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callTool,
  closeMcpConnections,
  connection,
  MCP_SERVERS,
  type McpServerName,
} from "@/lib/mcp";

// The real server processes started by lib/mcp, with the platform's secrets in this process's
// environment: what each child actually holds is read back from /proc/<pid>/environ.

const SECRETS = {
  AUTH_SECRET: "auth-secret-that-must-stay-in-the-app-000000",
  API_KEY_HASH_SECRET: "api-key-hash-secret-that-must-stay-in-the-app",
  ENCRYPTION_KEY: "encryption-key-that-must-stay-in-the-app-0000",
  DATABASE_URL: "postgres://app:hunter2@127.0.0.1:1/leadscout",
  SMTP_URL: "smtp://user:pass@127.0.0.1:1",
  INNGEST_SIGNING_KEY: "signkey-prod-0000000000000000",
  INNGEST_EVENT_KEY: "event-key-0000000000000000",
  STRIPE_SECRET_KEY: "sk_test_must_not_leak",
  STRIPE_WEBHOOK_SECRET: "whsec_must_not_leak",
};
const NEEDED: Record<McpServerName, Record<string, string>> = {
  scraper: { CHROMIUM_PATH: "/usr/bin/chromium", SCRAPER_PROXIES: "" },
  qualifier: { ANTHROPIC_MODEL: "claude-test-model", QUALIFIER_LLM_BATCH_SIZE: "3" },
  enricher: {
    HUNTER_BASE_URL: "http://127.0.0.1:9/hunter",
    APOLLO_BASE_URL: "http://127.0.0.1:9/apollo",
    DNS_TIMEOUT_MS: "2000",
    EMAIL_SMTP_PROBE: "0",
  },
};
// A tool call each server answers quickly without the network: only the process has to start.
const PROBE: Record<McpServerName, [string, Record<string, unknown>]> = {
  scraper: ["extract_emails", { html: "<p>a@b.example</p>" }],
  qualifier: ["generate_score", { lead_data: { company: { name: "Acme" } } }],
  enricher: ["verify_email", { email: "not an email" }],
};

const saved = { ...process.env };

function environOf(pid: number): Record<string, string> {
  const raw = readFileSync(`/proc/${pid}/environ`, "utf8");
  return Object.fromEntries(
    raw
      .split("\0")
      .filter(Boolean)
      .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]),
  );
}

describe("MCP server environment", () => {
  beforeAll(async () => {
    await closeMcpConnections();
    Object.assign(process.env, SECRETS, ...Object.values(NEEDED), { LOG_LEVEL: "warn" });
  });
  afterAll(async () => {
    await closeMcpConnections();
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  });

  it.each(MCP_SERVERS)(
    "%s starts without the platform's secrets and with what it reads",
    async (name) => {
      const [tool, args] = PROBE[name];
      await callTool(name, tool, args).catch(() => undefined);
      const pid = connection(name).pid;
      expect(pid).toBeGreaterThan(0);
      const childEnv = environOf(pid!);
      for (const key of Object.keys(SECRETS)) expect(childEnv, key).not.toHaveProperty(key);
      // Nothing of another server's configuration either.
      for (const [other, vars] of Object.entries(NEEDED))
        for (const [key, value] of Object.entries(vars))
          if (other === name) expect(childEnv[key], key).toBe(value);
          else expect(childEnv, key).not.toHaveProperty(key);
      expect(childEnv.PATH).toBe(process.env.PATH);
      expect(childEnv.LOG_LEVEL).toBe("warn");
      expect(childEnv.LOG_TO_STDERR).toBe("1");
    },
  );
});
