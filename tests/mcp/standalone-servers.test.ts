import { readFileSync } from "node:fs";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterEach, describe, expect, it } from "vitest";

// Each MCP server is a package of its own: started from its own folder with `pnpm exec tsx
// src/index.ts`, as an MCP client configured for that folder does, with none of the app's
// environment, it must answer on stdio. (tests/workspace/manifests.test.ts checks that what it
// imports is what its package.json declares.)
const ROOT = path.resolve(__dirname, "../..");

const SERVERS = {
  scraper: ["extract_emails", "extract_phones", "extract_social", "scrape_sitemap", "scrape_url"],
  qualifier: ["batch_qualify", "detect_signals", "generate_score", "qualify_lead"],
  enricher: ["enrich_batch", "enrich_company", "lookup_linkedin", "verify_email"],
} as const;

let client: Client | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

async function startInOwnFolder(name: keyof typeof SERVERS): Promise<Client> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    LOG_LEVEL: "warn",
  };
  const transport = new StdioClientTransport({
    command: "pnpm",
    args: ["exec", "tsx", "src/index.ts"],
    cwd: path.join(ROOT, "mcp-servers", name),
    env,
    stderr: "pipe",
  });
  const c = new Client({ name: "standalone-test", version: "1.0.0" });
  await c.connect(transport);
  return c;
}

// Starting a server costs seconds of TypeScript compilation, more on a loaded machine.
const START = { timeout: 120_000 };

describe.each(Object.keys(SERVERS) as (keyof typeof SERVERS)[])(
  "%s from its own folder",
  (name) => {
    it("answers tools/list and reports its package version", START, async () => {
      client = await startInOwnFolder(name);
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual([...SERVERS[name]]);
      const pkg = JSON.parse(
        readFileSync(path.join(ROOT, "mcp-servers", name, "package.json"), "utf8"),
      ) as { version: string };
      expect(client.getServerVersion()).toEqual({
        name: `leadscout-${name}`,
        version: pkg.version,
      });
    });
  },
);

describe("the kit's shared results", () => {
  it("answer a scraper tool with structured content and the same JSON as text", START, async () => {
    client = await startInOwnFolder("scraper");
    const found = await client.callTool({
      name: "extract_emails",
      arguments: { html: "<p>Write to Sales@Brightline-Studio.com today</p>" },
    });
    expect(found.isError).toBeFalsy();
    expect(found.structuredContent).toMatchObject({
      emails: [{ value: "sales@brightline-studio.com" }],
    });
    expect(JSON.parse((found.content as { text: string }[])[0]!.text)).toEqual(
      found.structuredContent,
    );
  });

  it("answer an enricher tool's refused input with isError and the reason", START, async () => {
    client = await startInOwnFolder("enricher");
    const refused = await client.callTool({
      name: "lookup_linkedin",
      arguments: { name: "Jane Doe", company: "Acme", domain: "not a domain!" },
    });
    expect(refused.isError).toBe(true);
    expect((refused.content as { text: string }[])[0]!.text).toMatch(/^Invalid domain/);
  });
});
