import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { fixtureSites, html, type Route } from "./helpers/fixture-server";
import { startConnectProxy } from "./helpers/connect-proxy";
import { testCrawler } from "./helpers/crawler";
import { createSafeFetch } from "@leadscout/http";
import { extractPage } from "@/mcp-servers/scraper/src/lib/extract";

// The crawler against real loopback sites: robots, politeness, retries, ranking, block pages.
const site = fixtureSites();

const opts = { maxPages: 10, render: "http" as const, timeoutMs: 20_000 };
const text =
  (body: string, status = 200): Route =>
  (_req, res) => {
    res.writeHead(status, { "content-type": "text/plain" });
    res.end(body);
  };

describe("crawler", () => {
  it("ranks contact-like pages first, in several languages, within maxPages", async () => {
    const s = await site({
      "/": html(`<html lang="de"><body>
        <a href="/blog/neuigkeiten">Blog</a> <a href="/produkte/widget">Produkte</a> <a href="/karriere">Jobs</a>
        <a href="/ueber-uns">Über uns</a> <a href="/impressum">Impressum</a> <a href="/kontakt">Kontakt</a>
        <a href="/files/brochure.pdf">PDF</a> <a href="https://elsewhere.example.net/kontakt">Partner</a></body></html>`),
      "/kontakt": html(`<html lang="de"><body>info@brandt-bau.de</body></html>`),
      "/impressum": html(`<html lang="de"><body>Geschäftsführer: Jonas Brandt</body></html>`),
      "/ueber-uns": html(`<html lang="de"><body>Seit 1990.</body></html>`),
    });
    const out = await testCrawler({ hostConcurrency: 1 }).scrape(`${s.origin}/`, {
      ...opts,
      maxPages: 4,
    });
    expect(out.status).toBe("ok");
    expect(out.pagesCrawled).toBe(4);
    expect([...s.hits.keys()].filter((p) => p !== "/robots.txt")).toEqual([
      "/",
      "/kontakt",
      "/impressum",
      "/ueber-uns",
    ]);
    expect(out.emails).toEqual([{ value: "info@brandt-bau.de", sourceUrl: `${s.origin}/kontakt` }]);
  });

  it("obeys robots.txt: disallowed pages are never fetched, a disallowed root is 'blocked'", async () => {
    const s = await site({
      "/robots.txt": text(
        "User-agent: LeadscoutBot\nDisallow: /team\n\nUser-agent: *\nDisallow: /",
      ),
      "/": html(`<a href="/team">Team</a> <a href="/contact">Contact</a>`),
      "/contact": html(`<p>hello@brightline-studio.com</p>`),
      "/team": html(`<p>secret@brightline-studio.com</p>`),
    });
    const out = await testCrawler().scrape(`${s.origin}/`, opts);
    expect(out.emails.map((e) => e.value)).toEqual(["hello@brightline-studio.com"]);
    expect(s.hits.get("/team")).toBeUndefined();

    const closed = await site({
      "/robots.txt": text("User-agent: *\nDisallow: /"),
      "/": html("<p>x</p>"),
    });
    const blocked = await testCrawler().scrape(`${closed.origin}/`, opts);
    expect(blocked).toMatchObject({
      status: "blocked",
      error: expect.stringMatching(/robots\.txt/),
      pagesCrawled: 0,
    });
    expect(closed.hits.get("/")).toBeUndefined();

    const broken = await site({ "/robots.txt": text("oops", 503), "/": html("<p>x</p>") });
    expect(await testCrawler({ retries: 0 }).scrape(`${broken.origin}/`, opts)).toMatchObject({
      status: "blocked",
    });
  });

  it("honours Crawl-delay between requests to the same host", async () => {
    // Stamped where the crawler lets each page request go (robots.txt is not a page request):
    // what politeness promises, free of how late a loaded machine delivers it to the server.
    const times: number[] = [];
    const fetch = createSafeFetch({ allowlist: ["127.0.0.1"], userAgent: "test" });
    const s = await site({
      "/robots.txt": text("User-agent: *\nCrawl-delay: 1"),
      "/": html(`<a href="/contact">Contact</a> <a href="/about">About</a>`),
      "/contact": html("<p>x</p>"),
      "/about": html("<p>y</p>"),
    });
    await testCrawler({
      hostConcurrency: 2,
      fetch: (url, init) => {
        if (!url.endsWith("/robots.txt")) times.push(Date.now());
        return fetch(url, init);
      },
    }).scrape(`${s.origin}/`, opts);
    expect(times).toHaveLength(3);
    for (let i = 1; i < times.length; i++)
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(999); // whole-ms clock
  });

  it("gives the robots.txt of the site a home page redirects to no more than the crawl has left", async () => {
    const asked: { url: string; timeoutMs?: number }[] = [];
    const fetch = createSafeFetch({ allowlist: ["127.0.0.1"], userAgent: "test" });
    const target = await site({
      "/robots.txt": () => {}, // never answers
      "/": html("<p>moved here</p>"),
    });
    const start = await site({
      "/robots.txt": text("User-agent: *\nAllow: /"),
      // The redirect takes 800 ms, so the target's robots.txt has at most 700 ms of the budget.
      "/": (_req, res) =>
        setTimeout(() => {
          res.writeHead(301, { location: `${target.origin}/` });
          res.end();
        }, 800),
    });
    const out = await testCrawler({
      fetch: (url, init) => {
        asked.push({ url, timeoutMs: init?.timeoutMs });
        return fetch(url, init);
      },
    }).scrape(`${start.origin}/`, { ...opts, timeoutMs: 1_500 });
    expect(out).toMatchObject({ status: "ok", finalUrl: `${target.origin}/` });
    const second = asked.find((a) => a.url === `${target.origin}/robots.txt`);
    expect(second?.timeoutMs).toBeGreaterThan(0);
    expect(second?.timeoutMs).toBeLessThanOrEqual(700);
  });

  it("follows no redirect to a page robots.txt disallows, on the home page or below it", async () => {
    const s = await site({
      "/robots.txt": text("User-agent: *\nDisallow: /private"),
      "/": html(`<a href="/team">Team</a> <a href="/contact">Contact</a>`),
      "/team": (_req, res) => {
        res.writeHead(301, { location: "/private/team" });
        res.end();
      },
      "/private/team": html(`<a href="mailto:hidden@acme-widgets.com">Mail</a>`),
      "/contact": html(`<a href="mailto:hello@acme-widgets.com">Mail</a>`),
    });
    const out = await testCrawler().scrape(`${s.origin}/`, opts);
    expect(out.status).toBe("ok");
    expect(out.emails.map((e) => e.value)).toEqual(["hello@acme-widgets.com"]);
    expect(s.hits.get("/team")).toBe(1);
    expect(s.hits.get("/private/team")).toBeUndefined();

    const home = await site({
      "/robots.txt": text("User-agent: *\nDisallow: /private"),
      "/": (_req, res) => {
        res.writeHead(302, { location: "/private/" });
        res.end();
      },
      "/private/": html("<p>members only</p>"),
    });
    expect(await testCrawler().scrape(`${home.origin}/`, opts)).toMatchObject({
      status: "blocked",
      error: expect.stringContaining("robots.txt disallows"),
      pagesCrawled: 0,
    });
    expect(home.hits.get("/private/")).toBeUndefined();
  });

  it("stops within the time budget rather than sleeping through a long Crawl-delay", async () => {
    const s = await site({
      "/robots.txt": text("User-agent: *\nCrawl-delay: 120"),
      "/": html(`<a href="/contact">Contact</a> <a href="/about">About</a>`),
      "/contact": html("<p>x</p>"),
    });
    // The test's own 30 s timeout fails this if the crawler waits out the 120 s delay.
    const out = await testCrawler().scrape(`${s.origin}/`, { ...opts, timeoutMs: 3_000 });
    expect(out).toMatchObject({ status: "ok", pagesCrawled: 1 });
    expect(s.hits.get("/contact")).toBeUndefined();
  });

  it("keeps at most hostConcurrency requests in flight per host", async () => {
    let inFlight = 0;
    let peak = 0;
    const slow: Route = (_req, res) => {
      peak = Math.max(peak, ++inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { "content-type": "text/html" });
        res.end("<p>page</p>");
      }, 40);
    };
    const links = Array.from(
      { length: 12 },
      (_, i) => `<a href="/contact-${i}">Contact ${i}</a>`,
    ).join(" ");
    const s = await site(
      Object.fromEntries([
        ["/", html(links)],
        ...Array.from({ length: 12 }, (_, i) => [`/contact-${i}`, slow] as const),
      ]),
    );
    const out = await testCrawler({ hostConcurrency: 3 }).scrape(`${s.origin}/`, {
      ...opts,
      maxPages: 13,
    });
    expect(out.pagesCrawled).toBe(13);
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThan(1);
  });

  it("retries 429 and 5xx with backoff, honouring Retry-After", async () => {
    let calls = 0;
    const s = await site({
      "/": (_req, res) => {
        calls++;
        if (calls === 1) {
          res.writeHead(429, { "retry-after": "1", "content-type": "text/html" });
          return res.end("slow down");
        }
        if (calls === 2) {
          res.writeHead(503, { "content-type": "text/html" });
          return res.end("busy");
        }
        res.writeHead(200, { "content-type": "text/html" });
        res.end("<p>ok@brightline-studio.com</p>");
      },
    });
    const started = Date.now();
    const out = await testCrawler().scrape(`${s.origin}/`, opts);
    expect(out.status).toBe("ok");
    expect(calls).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(out.emails.map((e) => e.value)).toEqual(["ok@brightline-studio.com"]);
  });

  it.each([
    ["a 403 wall", html("<h1>Forbidden</h1>", 403), "blocked"],
    [
      "a Cloudflare challenge",
      html(
        `<html><head><title>Just a moment...</title></head><body><script>window._cf_chl_opt={}</script></body></html>`,
        503,
      ),
      "blocked",
    ],
    [
      "a CAPTCHA page served with 200",
      html(
        `<html><body><form><div class="g-recaptcha" data-sitekey="x"></div></form></body></html>`,
      ),
      "blocked",
    ],
    ["a 404 home page", html("<h1>Not found</h1>", 404), "not_found"],
    ["a 500 home page", html("<h1>Oops</h1>", 500), "error"],
  ] as const)("reports %s as %s", async (_name, route, status) => {
    const s = await site({ "/": route });
    const out = await testCrawler({ retries: 0 }).scrape(`${s.origin}/`, opts);
    expect(out.status).toBe(status);
    expect(out.error).toBeTruthy();
    expect(out.emails).toEqual([]);
  });

  it("does not mistake a contact form with reCAPTCHA for a block page", async () => {
    const form = `<html><body>${"<p>We build bridges and more.</p>".repeat(300)}<form><div class="g-recaptcha"></div></form><p>sales@brandt-bau.de</p></body></html>`;
    const s = await site({ "/": html(form) });
    expect(await testCrawler().scrape(`${s.origin}/`, opts)).toMatchObject({
      status: "ok",
      emails: [{ value: "sales@brandt-bau.de" }],
    });
  });

  it("decodes legacy charsets from <meta> and Content-Type", async () => {
    const page = `<html lang="de"><head><meta charset="windows-1252"><title>Bäckerei Müller</title></head><body><p>Geschäftsführer: Jürgen Müller</p></body></html>`;
    const s = await site({
      "/": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.end(iconv.encode(page, "windows-1252"));
      },
    });
    const out = await testCrawler().scrape(`${s.origin}/`, opts);
    expect(out.company.name).toBe("Bäckerei Müller");
    expect(out.people.map((p) => p.name)).toEqual(["Jürgen Müller"]);
  });

  it("follows a redirect to the site's canonical host and reports the final URL", async () => {
    const target = await site({
      "/robots.txt": text("User-agent: *\nDisallow: /contact"),
      "/": html(
        `<html><head><title>Canonical Co</title></head><body><a href="/contact">Contact</a></body></html>`,
      ),
      "/contact": html("<p>x</p>"),
    });
    const s = await site({
      // The redirect takes 800 ms, so the target's robots.txt has at most 700 ms of the budget.
      "/": (_req, res) =>
        setTimeout(() => {
          res.writeHead(301, { location: `${target.origin}/` });
          res.end();
        }, 800),
    });
    const out = await testCrawler().scrape(`${s.origin}/`, opts);
    expect(out).toMatchObject({
      status: "ok",
      finalUrl: `${target.origin}/`,
      company: { name: "Canonical Co" },
    });
    // The canonical host's own robots.txt governs the rest of the crawl.
    expect(target.hits.get("/robots.txt")).toBe(1);
    expect(target.hits.get("/contact")).toBeUndefined();
  });

  it("rotates requests across the configured proxies", async () => {
    const [a, b] = [await startConnectProxy(), await startConnectProxy()];
    try {
      const s = await site({
        "/": html(
          `<a href="/contact">Contact</a> <a href="/about">About</a> <a href="/team">Team</a>`,
        ),
        "/contact": html("<p>c</p>"),
        "/about": html("<p>a</p>"),
        "/team": html("<p>t</p>"),
      });
      const out = await testCrawler({ proxies: [a.url, b.url] }).scrape(`${s.origin}/`, opts);
      expect(out.pagesCrawled).toBe(4);
      // robots.txt + 4 pages = 5 requests, alternating between the two proxies.
      expect(a.uses() + b.uses()).toBe(5);
      expect(Math.abs(a.uses() - b.uses())).toBeLessThanOrEqual(1);
    } finally {
      await a.close();
      await b.close();
    }
  });
  it("reads national-format phones on inner pages with the home page's country", async () => {
    const contact = `<html><body><h1>Kontakt</h1><p>Telefon: 030 25 74 63 10</p></body></html>`;
    const s = await site({
      "/": html(`<html lang="de"><body><a href="/kontakt">Kontakt</a></body></html>`),
      "/kontakt": html(contact),
    });
    // On its own the contact page names no country, so its number cannot be read.
    expect(extractPage(contact, `${s.origin}/kontakt`).phones).toEqual([]);
    const out = await testCrawler().scrape(`${s.origin}/`, opts);
    expect(out.phones).toEqual([
      expect.objectContaining({ value: "+493025746310", sourceUrl: `${s.origin}/kontakt` }),
    ]);
  });
});
