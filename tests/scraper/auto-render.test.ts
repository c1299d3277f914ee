import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserEngine } from "@/mcp-servers/scraper/src/lib/crawl/browser-engine";
import { userAgent } from "@/mcp-servers/scraper/src/lib/crawl/config";
import { findChromium } from "@/mcp-servers/scraper/src/lib/crawl/find-chromium";
import { html, startFixtureServer, type FixtureServer } from "./helpers/fixture-server";
import { testCrawler } from "./helpers/crawler";

// A small ordinary site (tests/fixtures/scripted-contact) whose contact, team and about pages
// write their addresses with inline scripts: document.write of a mailto: built from parts,
// textContent with String.fromCharCode(64), innerHTML of an atob() string. Its other pages
// have inline scripts too (tag manager, availability widget, cookie banner) and must not be
// rendered for nothing.
const DIR = path.resolve(import.meta.dirname, "../fixtures/scripted-contact");
const chromium = await findChromium(process.env.CHROMIUM_PATH);

let site: FixtureServer;
let browser: BrowserEngine;

beforeAll(async () => {
  const routes = Object.fromEntries(
    fs
      .readdirSync(DIR)
      .map((f) => [
        f === "index.html" ? "/" : `/${f}`,
        html(fs.readFileSync(path.join(DIR, f), "utf8")),
      ]),
  );
  site = await startFixtureServer({ ...routes, "/availability.json": html('{"seats":4}') });
  browser = new BrowserEngine(chromium.path ?? "", {
    userAgent: userAgent("https://leadscout.dev/bot"),
    allowlist: ["127.0.0.1"],
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const opts = { maxPages: 10, timeoutMs: 60_000 };
const SCRIPTED = [
  "bookings@cobaltbay-kayak.com",
  "maya@cobaltbay-kayak.com",
  "press@cobaltbay-kayak.com",
];

// Chromium page loads: generous timeouts, as the machine may be busy.
describe.skipIf(!chromium.path)(
  'render "auto" on script-built contact data (#22 item 3)',
  { timeout: 120_000 },
  () => {
    it("plain HTTP sees only the static address", async () => {
      const out = await testCrawler().scrape(`${site.origin}/`, { ...opts, render: "http" });
      expect(out.emails.map((e) => e.value)).toEqual(["office@cobaltbay-kayak.com"]);
      expect(out.rendered).toBeUndefined();
    });

    it("renders exactly the pages whose scripts build contact data, and says why", async () => {
      const out = await testCrawler({ browser: async () => browser }).scrape(`${site.origin}/`, {
        ...opts,
        render: "auto",
      });
      expect(out.pagesCrawled).toBe(7);
      expect(out.emails.map((e) => e.value).sort()).toEqual(
        [...SCRIPTED, "office@cobaltbay-kayak.com"].sort(),
      );
      expect(
        (out.rendered ?? []).map((r) => `${new URL(r.url).pathname} ${r.reason}`).sort(),
      ).toEqual([
        "/about.html scripted_contact_page",
        "/contact.html assembled_contact",
        "/team.html assembled_contact",
      ]);
      expect(out.renderSkipped).toBeUndefined();
      // The booking code on the tours page is no phone number (#22 item 5).
      expect(out.phones.map((p) => p.value)).toEqual(["+14155550186"]);
    });

    it("stays within the site's render budget and counts what it left unrendered", async () => {
      const out = await testCrawler({ browser: async () => browser, renderBudget: 1 }).scrape(
        `${site.origin}/`,
        { ...opts, render: "auto" },
      );
      expect(out.rendered).toHaveLength(1);
      expect(out.renderSkipped).toBe(2);
      const found = out.emails.map((e) => e.value).filter((e) => SCRIPTED.includes(e));
      expect(found).toHaveLength(1);
    });

    it("renders every page of a single-page app, whatever the budget", async () => {
      const shell = (mail: string) =>
        html(`<html><body><div id="root"></div><script>
        document.getElementById("root").innerHTML = '<a href="/contact">Contact</a> <a href="/team">Team</a> ' +
          '<a href="mailto:${mail}@' + 'nimbus-app.io">write</a>';</script></body></html>`);
      const spa = await startFixtureServer({
        "/": shell("hello"),
        "/contact": shell("sales"),
        "/team": shell("jobs"),
      });
      try {
        const out = await testCrawler({ browser: async () => browser, renderBudget: 0 }).scrape(
          `${spa.origin}/`,
          { ...opts, render: "auto" },
        );
        expect(out.rendered?.map((r) => r.reason)).toEqual(["app_shell", "app_shell", "app_shell"]);
        expect(out.emails.map((e) => e.value).sort()).toEqual([
          "hello@nimbus-app.io",
          "jobs@nimbus-app.io",
          "sales@nimbus-app.io",
        ]);
      } finally {
        await spa.close();
      }
    });
  },
);
