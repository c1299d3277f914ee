import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { html, startFixtureServer, type FixtureServer } from "./helpers/fixture-server";
import { startScraper } from "./helpers/mcp-client";

// The scraper as a real child process over stdio, driven by the official MCP client.
let site: FixtureServer;
let scraper: Awaited<ReturnType<typeof startScraper>>;
let client: Client;

const HOME = `<!doctype html><html lang="en"><head><title>Acme Widgets | Home</title>
<meta name="description" content="Widgets for serious people."></head><body>
<nav><a href="/blog/hello">Blog</a> <a href="/contact-us">Contact us</a> <a href="/about">About</a></nav>
<footer><a href="https://www.linkedin.com/company/acme-widgets/">LinkedIn</a></footer></body></html>`;
const CONTACT = `<html lang="en"><body><h1>Contact</h1><p>Write to <a href="mailto:Sales@Acme-Widgets.com">Sales@Acme-Widgets.com</a></p>
<p>Phone: <a href="tel:+14155550123">+1 415-555-0123</a></p></body></html>`;

beforeAll(async () => {
  site = await startFixtureServer({
    "/": html(HOME),
    "/contact-us": html(CONTACT),
    "/about": html(`<html lang="en"><body><p>We are Acme.</p></body></html>`),
    "/blog/hello": html(`<html><body>Hello</body></html>`),
    "/robots.txt": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(`User-agent: *\nAllow: /\nSitemap: ${site.origin}/sitemap.xml.gz\n`);
    },
    "/sitemap.xml.gz": (_req, res) => {
      res.writeHead(200, { "content-type": "application/gzip" });
      res.end(
        gzipSync(
          `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${site.origin}/</loc></url><url><loc>${site.origin}/about</loc></url><url><loc>${site.origin}/about</loc></url></urlset>`,
        ),
      );
    },
  });
  scraper = await startScraper({ SSRF_ALLOWLIST: "127.0.0.1" });
  client = scraper.client;
});

afterAll(async () => {
  await scraper?.close();
  await site?.close();
});

describe("scraper MCP server over stdio", () => {
  it("lists the five tools with described inputs, output schemas and annotations", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      "extract_emails",
      "extract_phones",
      "extract_social",
      "scrape_sitemap",
      "scrape_url",
    ]);
    for (const tool of tools) {
      expect(tool.description, tool.name).toBeTruthy();
      expect(tool.outputSchema?.type, tool.name).toBe("object");
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
      for (const [field, schema] of Object.entries(tool.inputSchema.properties ?? {})) {
        expect(
          (schema as { description?: string }).description,
          `${tool.name}.${field}`,
        ).toBeTruthy();
      }
    }
    const scrape = tools.find((t) => t.name === "scrape_url")!;
    expect(Object.keys(scrape.outputSchema!.properties!)).toEqual(
      expect.arrayContaining([
        "url",
        "finalUrl",
        "status",
        "company",
        "emails",
        "phones",
        "socials",
        "people",
        "pagesCrawled",
      ]),
    );
  });

  it("scrape_url crawls the contact page first and returns the contract shape", async () => {
    const res = await client.callTool({
      name: "scrape_url",
      arguments: { url: `${site.origin}/`, options: { maxPages: 2, render: "http" } },
    });
    expect(res.isError).toBeFalsy();
    const out = res.structuredContent as Record<string, unknown>;
    expect(out).toMatchObject({
      url: `${site.origin}/`,
      finalUrl: `${site.origin}/`,
      status: "ok",
      company: {
        domain: "127.0.0.1",
        name: "Acme Widgets",
        description: "Widgets for serious people.",
      },
      emails: [{ value: "sales@acme-widgets.com", sourceUrl: `${site.origin}/contact-us` }],
      phones: [{ value: "+14155550123", sourceUrl: `${site.origin}/contact-us` }],
      socials: [
        {
          platform: "linkedin",
          url: expect.stringContaining("linkedin.com/company/acme-widgets"),
          sourceUrl: `${site.origin}/`,
        },
      ],
      pagesCrawled: 2,
    });
    // maxPages 2: the root plus the best-ranked link, which is the contact page, not the blog.
    expect(site.hits.get("/blog/hello")).toBeUndefined();
    expect(
      site.userAgents
        .filter(Boolean)
        .every((ua) => /^LeadscoutBot\/\d+\.\d+\.\d+ \(\+https?:\/\/\S+\)$/.test(ua)),
    ).toBe(true);
    expect(JSON.parse((res.content as { text: string }[])[0]!.text)).toEqual(out);
  });

  it("scrape_sitemap follows robots.txt to a gzipped sitemap and deduplicates", async () => {
    const res = await client.callTool({
      name: "scrape_sitemap",
      arguments: { sitemap_url: `${site.origin}/robots.txt` },
    });
    expect(res.isError).toBeFalsy();
    expect(res.structuredContent).toMatchObject({
      urls: [`${site.origin}/`, `${site.origin}/about`],
      sitemapsRead: 1,
      truncated: false,
      errors: [],
    });
  });

  it("extract_emails, extract_phones and extract_social work on HTML the caller has", async () => {
    const page = `<html><body><a href="mailto:jane%40northwind-labs.org?subject=Hi">mail</a> <p>Tel. 030 1234567</p>
      <a href="https://twitter.com/acme?utm_source=x">X</a> <a href="https://twitter.com/intent/tweet?text=hi">share</a></body></html>`;
    const emails = await client.callTool({
      name: "extract_emails",
      arguments: { html: page, base_url: "https://northwind-labs.org/" },
    });
    expect(emails.structuredContent).toEqual({
      emails: [{ value: "jane@northwind-labs.org", sourceUrl: "https://northwind-labs.org/" }],
    });
    const phones = await client.callTool({
      name: "extract_phones",
      arguments: { html: page, country: "DE" },
    });
    expect(
      (phones.structuredContent as { phones: { value: string }[] }).phones.map((p) => p.value),
    ).toEqual(["+49301234567"]);
    const socials = await client.callTool({
      name: "extract_social",
      arguments: { html: page, base_url: "https://northwind-labs.org/" },
    });
    expect(
      (socials.structuredContent as { socials: { url: string; platform: string }[] }).socials,
    ).toEqual([
      expect.objectContaining({
        platform: "twitter",
        url: expect.stringMatching(/^https:\/\/(x|twitter)\.com\/acme$/),
      }),
    ]);
  });

  it("answers invalid arguments with isError and keeps serving", async () => {
    const bad = await client.callTool({
      name: "scrape_url",
      arguments: { url: "ftp://example.com/" },
    });
    expect(bad.isError).toBe(true);
    expect((bad.content as { text: string }[])[0]!.text).toMatch(/http or https/);
    const schema = await client.callTool({
      name: "scrape_url",
      arguments: { url: "https://example.com", options: { maxPages: 500 } },
    });
    expect(schema.isError).toBe(true);
    expect((schema.content as { text: string }[])[0]!.text).toMatch(/maxPages/);
    const country = await client.callTool({
      name: "extract_phones",
      arguments: { html: "<p>x</p>", country: "Germany" },
    });
    expect(country.isError).toBe(true);
    expect((await client.listTools()).tools).toHaveLength(5);
  });
});
