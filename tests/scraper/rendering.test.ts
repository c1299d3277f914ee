import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserEngine } from "@/mcp-servers/scraper/src/lib/crawl/browser-engine";
import { userAgent } from "@/mcp-servers/scraper/src/lib/crawl/config";
import { html, startFixtureServer, type FixtureServer } from "./helpers/fixture-server";
import { testCrawler } from "./helpers/crawler";

// Script-built sites need a real browser; it must obey the same SSRF guard as plain HTTP.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = fs.existsSync(CHROMIUM);

let site: FixtureServer;
let victim: FixtureServer;
let browser: BrowserEngine;

beforeAll(async () => {
  victim = await startFixtureServer({}, html("<p>internal</p>"), "127.0.0.2");
  const spa = `<html lang="en"><head><title>Nimbus App</title></head><body><div id="root"></div>
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <script>document.getElementById("root").innerHTML = '<h1>Nimbus</h1><p>Talk to us: <a href="mailto:team@nimbus-app.io">team@nimbus-app.io</a></p>';</script>
    <script src="${victim.origin}/steal.js"></script>
    <script>fetch("${victim.origin}/xhr").catch(() => {});</script>
    <iframe src="${victim.origin}/frame"></iframe></body></html>`;
  site = await startFixtureServer({ "/": html(spa) });
  browser = new BrowserEngine(CHROMIUM, {
    userAgent: userAgent("https://leadscout.dev/bot"),
    allowlist: ["127.0.0.1"],
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await victim?.close();
});

describe.skipIf(!hasChromium)("rendering", () => {
  const opts = { maxPages: 1, timeoutMs: 30_000 };

  it('"http" sees only the empty app shell', async () => {
    const out = await testCrawler({ browser: async () => browser }).scrape(`${site.origin}/`, {
      ...opts,
      render: "http",
    });
    expect(out).toMatchObject({ status: "ok", emails: [] });
  });

  it('"auto" renders the script-built page in Chromium and finds the contact', async () => {
    const out = await testCrawler({ browser: async () => browser }).scrape(`${site.origin}/`, {
      ...opts,
      render: "auto",
    });
    expect(out.emails.map((e) => e.value)).toEqual(["team@nimbus-app.io"]);
  });

  it('"browser" renders every page, and the page could not reach a private address', async () => {
    const out = await testCrawler({ browser: async () => browser }).scrape(`${site.origin}/`, {
      ...opts,
      render: "browser",
    });
    expect(out.emails.map((e) => e.value)).toEqual(["team@nimbus-app.io"]);
    expect(victim.totalHits()).toBe(0);
  });

  it('"browser" without a browser is a clear error, and "auto" falls back to HTTP', async () => {
    const none = testCrawler({ browser: async () => undefined });
    expect(await none.scrape(`${site.origin}/`, { ...opts, render: "browser" })).toMatchObject({
      status: "error",
      error: expect.stringMatching(/CHROMIUM_PATH/),
    });
    expect(await none.scrape(`${site.origin}/`, { ...opts, render: "auto" })).toMatchObject({
      status: "ok",
      emails: [],
    });
  });

  it("sends Chromium's traffic through the guard proxy: names resolve only through our checked resolver", async () => {
    // Chromium cannot resolve spa.test on its own; the page loads only if the guard proxy
    // resolved (and checked) the name and connected on Chromium's behalf.
    const resolved: string[] = [];
    const guarded = new BrowserEngine(CHROMIUM, {
      userAgent: userAgent("https://leadscout.dev/bot"),
      allowlist: ["spa.test"],
      resolver: async (host) => {
        resolved.push(host);
        return host === "spa.test" ? [{ address: "127.0.0.1", family: 4 }] : [];
      },
    });
    try {
      const page = await guarded.fetchPage(`http://spa.test:${site.port}/`, {
        deadline: Date.now() + 20_000,
        timeoutMs: 20_000,
      });
      expect(page.html).toContain("team@nimbus-app.io");
      expect(resolved.filter((h) => h === "spa.test").length).toBeGreaterThanOrEqual(2);
      expect(victim.totalHits()).toBe(0);
    } finally {
      await guarded.close();
    }
  });
});
