import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { html, startFixtureServer, type FixtureServer } from "./helpers/fixture-server";
import { startScraper } from "./helpers/mcp-client";

// Hostile and broken input must end in a clear isError or status+error, never a dead server.
let site: FixtureServer;
let scraper: Awaited<ReturnType<typeof startScraper>>;
let client: Client;
const timers = new Set<NodeJS.Timeout>();

const urlEntry = (loc: string) => `<url><loc>${loc}</loc></url>`;

beforeAll(async () => {
  const big = Buffer.alloc(8 * 1024 * 1024, "a");
  site = await startFixtureServer({
    "/huge": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-length": String(big.length) });
      res.end(big);
    },
    "/huge-chunked": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      for (let i = 0; i < 8; i++) res.write(big.subarray(0, 1024 * 1024));
      res.end();
    },
    "/gzip-bomb": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      res.end(gzipSync(Buffer.alloc(64 * 1024 * 1024, " ")));
    },
    "/binary": (_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(Buffer.from([0, 1, 2, 3, 255, 0, 7]));
    },
    "/untyped-binary": (_req, res) => {
      res.writeHead(200);
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0]));
    },
    "/loop": (req, res) => {
      const n = Number(new URL(req.url!, "http://x").searchParams.get("n") ?? 0);
      res.writeHead(302, { location: `/loop?n=${n + 1}` });
      res.end();
    },
    "/slow-drip": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const t = setInterval(() => res.write("<p>"), 300);
      timers.add(t);
      res.on("close", () => clearInterval(t));
    },
    "/no-headers": () => {
      // Accepts the request and never answers.
    },
    "/malformed": html(
      `<html><head><title>Broken <b>Corp</title><body><div><p>Reach us at <a href="mailto:office@broken-corp.com">office@broken-corp.com<table><tr><td>` +
        "<div><span><p>".repeat(500) +
        `<<<>>> <a href="http://[bad">x</a> <a href="javascript:void(0)">y</a> \u0000 \uFFFF`,
    ),
    "/sitemap-bomb.xml.gz": (_req, res) => {
      const body = `<?xml version="1.0"?><urlset>${urlEntry(`${site.origin}/a`)}${" ".repeat(40 * 1024 * 1024)}</urlset>`;
      res.writeHead(200, { "content-type": "application/gzip" });
      res.end(gzipSync(body));
    },
    "/laughs.xml": html(
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><urlset><url><loc>&lol3;</loc></url></urlset>`,
      200,
      { "content-type": "application/xml" },
    ),
    "/deep-nesting": html(
      `<html><body>${"<div>".repeat(30_000)}<p>deep@brightline-studio.com</p></body></html>`,
    ),
    "/chain.xml": (req, res) => {
      const d = Number(new URL(req.url!, "http://x").searchParams.get("d") ?? 0);
      res.writeHead(200, { "content-type": "application/xml" });
      res.end(
        `<?xml version="1.0"?><sitemapindex><sitemap><loc>${site.origin}/chain.xml?d=${d + 1}</loc></sitemap></sitemapindex>`,
      );
    },
    "/self-index.xml": (req, res) => {
      // An index that lists thousands of sitemaps, each an index again.
      const n = Number(new URL(req.url!, "http://x").searchParams.get("n") ?? 0);
      const children = Array.from(
        { length: 5000 },
        (_, i) =>
          `<sitemap><loc>${site.origin}/self-index.xml?n=${n * 5000 + i + 1}</loc></sitemap>`,
      ).join("");
      res.writeHead(200, { "content-type": "application/xml" });
      res.end(`<?xml version="1.0"?><sitemapindex>${children}</sitemapindex>`);
    },
    "/many-urls.xml": (_req, res) => {
      res.writeHead(200, { "content-type": "application/xml" });
      res.end(
        `<?xml version="1.0"?><urlset>${Array.from({ length: 60_000 }, (_, i) => urlEntry(`${site.origin}/p/${i % 30_000}`)).join("")}</urlset>`,
      );
    },
  });
  scraper = await startScraper({ SSRF_ALLOWLIST: "127.0.0.1" });
  client = scraper.client;
});

afterAll(async () => {
  for (const t of timers) clearInterval(t);
  await scraper?.close();
  await site?.close();
});

async function scrape(path: string, timeoutMs = 10_000) {
  const res = await client.callTool({
    name: "scrape_url",
    arguments: { url: `${site.origin}${path}`, options: { render: "http", timeoutMs } },
  });
  expect(res.isError).toBeFalsy();
  return res.structuredContent as {
    status: string;
    error?: string;
    emails: { value: string }[];
    pagesCrawled: number;
  };
}

describe("bad input to the scraper", () => {
  it.each([
    "not a url at all",
    "http://",
    "https://[::1",
    "http://exa mple.com/",
    "mailto:someone@brightline-studio.com",
    "file:///etc/passwd",
    "http://admin:hunter2@brightline-studio.com/",
  ])("refuses the URL %j with isError", async (url) => {
    const res = await client.callTool({ name: "scrape_url", arguments: { url } });
    expect(res.isError).toBe(true);
    expect((res.content as { text: string }[])[0]!.text).toMatch(/url/i);
  });

  it.each([
    ["/huge", /larger than 5242880 bytes|over the 5242880 byte limit/],
    ["/huge-chunked", /larger than 5242880 bytes/],
    ["/gzip-bomb", /larger than 5242880 bytes/],
    ["/binary", /Expected text\/html .*application\/octet-stream/],
    ["/untyped-binary", /looks binary/],
    ["/loop", /More than 5 redirects/],
  ])("ends %s in status error with a clear message", async (path, message) => {
    const out = await scrape(path);
    expect(out.status).toBe("error");
    expect(out.error).toMatch(message);
  });

  it("gives up on a slow-loris body and on a server that never answers, within the time budget", async () => {
    const drip = await scrape("/slow-drip", 2_000);
    expect(drip).toMatchObject({
      status: "error",
      error: expect.stringMatching(/Gave up after|time budget/),
    });
    const silent = await scrape("/no-headers", 2_000);
    expect(silent).toMatchObject({
      status: "error",
      error: expect.stringMatching(/Gave up after|time budget|stopped sending/),
    });
  });

  it("parses malformed HTML without failing", async () => {
    const out = await scrape("/malformed");
    expect(out.status).toBe("ok");
    expect(out.emails.map((e) => e.value)).toEqual(["office@broken-corp.com"]);
  });

  it("answers absurdly deep nesting with a result or a clear error, not a crash", async () => {
    const out = await scrape("/deep-nesting");
    if (out.status === "ok")
      expect(out.emails.map((e) => e.value)).toEqual(["deep@brightline-studio.com"]);
    else expect(out).toMatchObject({ status: "error", error: expect.stringMatching(/\w/) });
  });

  it("survives a gzip sitemap bomb, entity expansion and a runaway index", async () => {
    const bomb = await client.callTool({
      name: "scrape_sitemap",
      arguments: { sitemap_url: `${site.origin}/sitemap-bomb.xml.gz` },
    });
    expect(bomb.isError).toBe(true);
    expect((bomb.content as { text: string }[])[0]!.text).toMatch(/decompresses to more than/);

    const laughs = await client.callTool({
      name: "scrape_sitemap",
      arguments: { sitemap_url: `${site.origin}/laughs.xml` },
    });
    expect(laughs.isError).toBe(true);
    expect((laughs.content as { text: string }[])[0]!.text).toMatch(/Malformed sitemap XML/);

    const chain = await client.callTool({
      name: "scrape_sitemap",
      arguments: { sitemap_url: `${site.origin}/chain.xml` },
    });
    expect(chain.isError).toBe(true);
    expect((chain.content as { text: string }[])[0]!.text).toMatch(/deeper than 3 levels/);
    expect(site.hits.get("/chain.xml")).toBe(4);

    // Indexes are capped at 50 files per call, however many children they list.
    const runaway = await client.callTool({
      name: "scrape_sitemap",
      arguments: { sitemap_url: `${site.origin}/self-index.xml`, limit: 100 },
    });
    expect(runaway.structuredContent).toMatchObject({
      urls: [],
      sitemapsRead: 50,
      truncated: true,
    });
    expect(site.hits.get("/self-index.xml")).toBe(50);

    const many = await client.callTool({
      name: "scrape_sitemap",
      arguments: { sitemap_url: `${site.origin}/many-urls.xml`, limit: 50_000 },
    });
    const out = many.structuredContent as { urls: string[]; truncated: boolean };
    expect(out.urls).toHaveLength(30_000);
    expect(new Set(out.urls).size).toBe(30_000);
  });

  it("keeps serving after all of that", async () => {
    const res = await client.callTool({
      name: "extract_emails",
      arguments: { html: "<p>ops@brightline-studio.com</p>" },
    });
    expect(
      (res.structuredContent as { emails: { value: string }[] }).emails.map((e) => e.value),
    ).toEqual(["ops@brightline-studio.com"]);
    expect(scraper.stderr()).not.toMatch(/uncaught exception|unhandled rejection/);
  });
});
