import { FetchError } from "@leadscout/http";
import type { ExtractOptions, PageExtraction } from "../extract/types";
import type { RenderReason, ScrapeResult } from "../schemas";
import { judgePage } from "./block-detect";
import type { FetchedPage, PageEngine } from "./engines";
import { httpEngine, withSlot } from "./http-engine";
import { Frontier } from "./frontier";
import { mergeExtractions } from "./merge";
import { isLikelyHtml, scoreUrl, siteKey } from "./rank-links";
import { loadRobots, type RobotsRules } from "./robots";
import type { CrawlerDeps, ScrapeOptions } from "./crawler-types";

export type { CrawlerDeps, ExtractFn, RenderMode, ScrapeOptions } from "./crawler-types";

/** Drops the fragment and any user:password, which are never sent and must not reach results. */
function bareUrl(u: URL): URL {
  u.hash = "";
  u.username = "";
  u.password = "";
  return u;
}

/** Crawls one site: the root, then its most contact-like same-site pages, politely and safely. */
export class Crawler {
  private proxyCursor = 0;

  constructor(private readonly deps: CrawlerDeps) {}

  private nextProxy = (): string | undefined => {
    const list = this.deps.proxies ?? [];
    return list.length ? list[this.proxyCursor++ % list.length] : undefined;
  };

  async scrape(rawUrl: string, opts: ScrapeOptions): Promise<ScrapeResult> {
    const root = bareUrl(new URL(rawUrl));
    const deadline = Date.now() + opts.timeoutMs;
    const pageTimeoutMs = Math.min(this.deps.pageTimeoutMs ?? 15_000, opts.timeoutMs);
    const maxDepth = opts.maxDepth ?? 2;
    // A robots.txt gets 5 s at most, and never more than the crawl has left.
    const robotsTimeoutMs = () =>
      Math.max(1, Math.min(5_000, pageTimeoutMs, deadline - Date.now()));
    const base: ScrapeResult = {
      url: rawUrl,
      finalUrl: root.href,
      status: "ok",
      company: { domain: siteKey(root.hostname) },
      emails: [],
      phones: [],
      socials: [],
      people: [],
      pagesCrawled: 0,
    };
    const fail = (
      status: ScrapeResult["status"],
      error: string,
      extra: Partial<ScrapeResult> = {},
    ): ScrapeResult => ({ ...base, ...extra, status, error });

    let site = siteKey(root.hostname);
    let host = root.host;
    let robots: RobotsRules;
    try {
      robots = await loadRobots(root.origin, this.deps.fetch, {
        userAgent: this.deps.userAgent,
        timeoutMs: robotsTimeoutMs(),
        proxy: this.nextProxy(),
      });
    } catch (err) {
      return fail("error", err instanceof Error ? err.message : String(err));
    }
    if (robots.unreachable)
      return fail(
        "blocked",
        `robots.txt could not be read (${robots.unreachable}), so crawling is not allowed`,
      );
    if (!robots.isAllowed(root.href))
      return fail("blocked", "robots.txt disallows crawling this site for LeadscoutBot");
    // Crawl-delay is honoured as asked; the time budget, not a cap, decides how many pages fit.
    let crawlDelayMs = (robots.crawlDelaySec ?? 0) * 1000;

    // A redirect within the site is a page like any other: robots.txt may forbid where it leads.
    let robotsOrigin = root.origin;
    const http = httpEngine(this.deps, {
      host: () => host,
      crawlDelayMs: () => crawlDelayMs,
      refuseRedirect: (target) =>
        target.origin === robotsOrigin && !robots.isAllowed(target.href)
          ? `Redirected to ${target.href}, which robots.txt disallows for LeadscoutBot`
          : undefined,
      nextProxy: this.nextProxy,
    });
    const browserEngine = opts.render === "http" ? undefined : await this.deps.browser?.();
    if (opts.render === "browser" && !browserEngine) {
      return fail(
        "error",
        "Browser rendering was requested but no Chromium was found (install chromium or set CHROMIUM_PATH)",
      );
    }
    const politeBrowser: PageEngine | undefined = browserEngine && {
      name: "browser",
      fetchPage: (url, o) =>
        withSlot(this.deps.politeness, host, crawlDelayMs, o.deadline, url, () =>
          browserEngine.fetchPage(url, o),
        ),
    };

    // The home page's country (from its address, TLD or lang) is the fallback for the site's
    // other pages, whose own evidence is often thinner: a contact page with only "030 1234567"
    // on it is still a German site's page.
    let siteCountry: ExtractOptions = {};
    // Pages "auto" renders for this site, within its budget; "browser" renders every page.
    const rendered: { url: string; reason: RenderReason }[] = [];
    const renderBudget = this.deps.renderBudget ?? 3;
    let renderAttempts = 0;
    let renderSkipped = 0;
    const load = async (
      url: string,
    ): Promise<{ page: FetchedPage; extraction?: PageExtraction }> => {
      const primary = opts.render === "browser" ? politeBrowser! : http;
      const page = await primary.fetchPage(url, { deadline, timeoutMs: pageTimeoutMs });
      if (judgePage(page.status, page.html).kind !== "ok") return { page };
      const extraction = await this.deps.extract(page.html, page.finalUrl, siteCountry);
      if (opts.render === "browser") rendered.push({ url: page.finalUrl, reason: "requested" });
      const reason = opts.render === "auto" ? extraction.renderReason : undefined;
      if (!reason || !politeBrowser || deadline - Date.now() <= 1_000) return { page, extraction };
      // App shells show nothing over HTTP, so they are always rendered (the budget would cut a
      // single-page app short); the guesses from inline scripts share the site's budget, counted
      // before the await so pages rendering at the same time cannot overspend it.
      if (reason !== "app_shell") {
        if (renderAttempts >= renderBudget) {
          renderSkipped++;
          return { page, extraction };
        }
        renderAttempts++;
      }
      // Rendering is a bonus: if it fails we keep what plain HTTP gave us.
      const shown = await politeBrowser
        .fetchPage(url, { deadline, timeoutMs: pageTimeoutMs })
        .catch(() => undefined);
      if (!shown || judgePage(shown.status, shown.html).kind !== "ok") return { page, extraction };
      rendered.push({ url: shown.finalUrl, reason });
      return {
        page: shown,
        extraction: await this.deps.extract(shown.html, shown.finalUrl, siteCountry),
      };
    };

    // The root decides the site's status.
    let rootResult: Awaited<ReturnType<typeof load>>;
    try {
      rootResult = await load(root.href);
    } catch (err) {
      if (!(err instanceof FetchError))
        return fail("error", `Unexpected failure: ${err instanceof Error ? err.message : err}`);
      return fail(err.code === "redirect_refused" ? "blocked" : "error", err.message);
    }
    const finalRoot = new URL(rootResult.page.finalUrl);
    site = siteKey(finalRoot.hostname);
    host = finalRoot.host;
    base.finalUrl = finalRoot.href;
    base.company.domain = site;
    if (finalRoot.origin !== root.origin) {
      // The site lives elsewhere (http → https, bare → www): its own robots.txt governs the rest.
      robots = await loadRobots(finalRoot.origin, this.deps.fetch, {
        userAgent: this.deps.userAgent,
        timeoutMs: robotsTimeoutMs(),
        proxy: this.nextProxy(),
      }).then(
        (r) => ((robotsOrigin = finalRoot.origin), r),
        () => robots,
      );
      crawlDelayMs = (robots.crawlDelaySec ?? 0) * 1000;
    }
    const verdict = judgePage(rootResult.page.status, rootResult.page.html);
    if (verdict.kind === "blocked") return fail("blocked", verdict.reason);
    if (verdict.kind === "not_found")
      return fail(
        "not_found",
        `The site answered HTTP ${rootResult.page.status} for its home page`,
      );
    if (verdict.kind === "error") return fail("error", `The home page failed: ${verdict.reason}`);

    if (rootResult.extraction?.country) siteCountry = { country: rootResult.extraction.country };
    const seen = new Set([root.href, finalRoot.href]);
    const results: { order: number; extraction: PageExtraction }[] = [
      { order: 0, extraction: rootResult.extraction! },
    ];
    const queue = new Frontier();
    let order = 1;
    const enqueue = (extraction: PageExtraction, depth: number) => {
      if (depth > maxDepth) return;
      for (const link of extraction.links) {
        // Links arrive absolute and normalised, so one already queued is known without parsing it.
        if (seen.has(link.href)) continue;
        let u: URL;
        try {
          u = new URL(link.href);
        } catch {
          continue;
        }
        bareUrl(u);
        if (
          (u.protocol !== "http:" && u.protocol !== "https:") ||
          siteKey(u.hostname) !== site ||
          !isLikelyHtml(u)
        )
          continue;
        if (seen.has(u.href)) continue;
        seen.add(u.href);
        queue.push({ url: u.href, score: scoreUrl(u, link.text), depth, order: order++ });
      }
    };
    enqueue(rootResult.extraction!, 1);

    let started = 1;
    let inFlight = 0;
    let waiters: (() => void)[] = [];
    const changed = () => new Promise<void>((resolve) => waiters.push(resolve));
    const worker = async () => {
      while (started < opts.maxPages && Date.now() < deadline) {
        if (!queue.size) {
          // Another worker's page may still add links; wait for it rather than quitting early.
          if (!inFlight) return;
          await changed();
          continue;
        }
        const item = queue.pop()!;
        // robots.txt is asked only about pages about to be fetched: each answer walks every rule,
        // and asking about every link up front let a site with huge rules and pages hold the
        // server's only thread for minutes. Refusals in a row give the thread back between them.
        if (!robots.isAllowed(item.url)) {
          await new Promise((resolve) => setImmediate(resolve));
          continue;
        }
        started++;
        inFlight++;
        try {
          const { page, extraction } = await load(item.url);
          seen.add(page.finalUrl);
          if (extraction && siteKey(new URL(page.finalUrl).hostname) === site) {
            enqueue(extraction, item.depth + 1);
            // Links have been queued; keeping them until the merge would only hold memory.
            results.push({ order: item.order, extraction: { ...extraction, links: [] } });
          }
        } catch {
          // One broken sub-page does not spoil the site: it is skipped.
        } finally {
          inFlight--;
          const woken = waiters;
          waiters = [];
          woken.forEach((w) => w());
        }
      }
    };
    const workers = Math.max(1, Math.min(opts.maxPages - 1, this.deps.politeness.hostConcurrency));
    await Promise.all(Array.from({ length: workers }, worker));

    results.sort((a, b) => a.order - b.order);
    const merged = mergeExtractions(results.map((r) => r.extraction));
    return {
      ...base,
      status: "ok",
      company: { domain: site, ...merged.company },
      emails: merged.emails,
      phones: merged.phones,
      socials: merged.socials,
      people: merged.people,
      ...(merged.address ? { address: merged.address } : {}),
      pagesCrawled: results.length,
      ...(rendered.length ? { rendered } : {}),
      ...(renderSkipped ? { renderSkipped } : {}),
    };
  }
}
