import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { html, startFixtureServer, type FixtureServer } from "./helpers/fixture-server";
import { REPO_ROOT } from "./helpers/mcp-client";

// The MCP Inspector's CLI mode is what integrators reach for first: it must list and call our tools.
const run = promisify(execFile);
const INSPECTOR = path.join(REPO_ROOT, "node_modules/.bin/mcp-inspector");
let site: FixtureServer;

async function inspector(...args: string[]): Promise<unknown> {
  const { stdout } = await run(
    INSPECTOR,
    [
      "--cli",
      "-e",
      "SSRF_ALLOWLIST=127.0.0.1",
      "-e",
      "SCRAPER_HOST_DELAY_MS=0",
      "pnpm",
      "--silent",
      "mcp:scraper",
      ...args,
    ],
    {
      cwd: REPO_ROOT,
      timeout: 60_000,
      env: { ...process.env, LOG_LEVEL: "warn" },
    },
  );
  return JSON.parse(stdout);
}

beforeAll(async () => {
  site = await startFixtureServer({
    "/": html(
      `<html lang="en"><head><title>Brightline Studio</title></head><body><a href="/contact">Contact</a></body></html>`,
    ),
    "/contact": html(`<html lang="en"><body><p>hello@brightline-studio.com</p></body></html>`),
  });
});
afterAll(() => site?.close());

describe("MCP Inspector CLI", () => {
  it("lists the scraper's tools", async () => {
    const out = (await inspector("--method", "tools/list")) as { tools: { name: string }[] };
    expect(out.tools.map((t) => t.name).sort()).toEqual([
      "extract_emails",
      "extract_phones",
      "extract_social",
      "scrape_sitemap",
      "scrape_url",
    ]);
  });

  it("calls scrape_url and extract_emails", async () => {
    const scraped = (await inspector(
      "--method",
      "tools/call",
      "--tool-name",
      "scrape_url",
      "--tool-arg",
      `url=${site.origin}/`,
    )) as {
      structuredContent: { status: string; emails: { value: string }[] };
    };
    expect(scraped.structuredContent.status).toBe("ok");
    expect(scraped.structuredContent.emails.map((e) => e.value)).toEqual([
      "hello@brightline-studio.com",
    ]);
    const extracted = (await inspector(
      "--method",
      "tools/call",
      "--tool-name",
      "extract_emails",
      "--tool-arg",
      "html=<p>Write to team@brightline-studio.com</p>",
    )) as {
      structuredContent: { emails: { value: string }[] };
    };
    expect(extracted.structuredContent.emails.map((e) => e.value)).toEqual([
      "team@brightline-studio.com",
    ]);
  });
});
