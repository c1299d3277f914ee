import type { Browser, Page } from "playwright-core";
import {
  FetchError,
  parseAllowlist,
  resolveChecked,
  systemResolver,
  type Resolver,
} from "@leadscout/http";
import { log } from "@leadscout/log";
import type { FetchedPage, PageEngine } from "./engines";
import { startGuardProxy, type GuardProxy } from "./guard-proxy";

const MAX_HTML_CHARS = 5 * 1024 * 1024;
/** Longest wait for the network to go quiet after load: pages that poll never do. */
const NETWORK_IDLE_MAX_MS = 5_000;
const SKIPPED_TYPES = new Set(["image", "media", "font"]);

/**
 * Renders pages in headless Chromium. Every request the page makes (document, redirects, XHR,
 * scripts) goes through the same SSRF check as plain HTTP before Chromium may send it.
 */
export class BrowserEngine implements PageEngine {
  readonly name = "browser" as const;
  private browser?: Promise<Browser>;
  private guard?: GuardProxy;
  /** One guard per SCRAPER_PROXIES entry, each reaching the checked addresses through it. */
  private readonly chained = new Map<string, Promise<GuardProxy>>();
  private readonly allowlist: Set<string>;

  constructor(
    private readonly executablePath: string,
    private readonly opts: {
      userAgent: string;
      proxyFor?: () => string | undefined;
      resolver?: Resolver;
      /** Hosts that bypass the address check (none by default; the server passes SSRF_ALLOWLIST). */
      allowlist?: string[];
    },
  ) {
    this.allowlist = parseAllowlist((opts.allowlist ?? []).join(","));
  }

  private launch(): Promise<Browser> {
    if (this.browser) return this.browser;
    const launching: Promise<Browser> = (async () => {
      const { chromium } = await import("playwright-core");
      // All of Chromium's traffic, loopback included, goes through the guard proxy, which connects
      // only to addresses it has just checked: Chromium never resolves a host name itself.
      this.guard ??= await startGuardProxy(this.opts.resolver ?? systemResolver, this.allowlist);
      const browser = await chromium.launch({
        executablePath: this.executablePath,
        headless: true,
        args: [
          "--no-sandbox",
          "--disable-dev-shm-usage",
          // WebRTC would send UDP (STUN) straight to any address a page names, past the guard
          // proxy; without non-proxied UDP it can only use the proxy, which checks it.
          "--webrtc-ip-handling-policy=disable_non_proxied_udp",
        ],
        proxy: { server: this.guard.url, bypass: "<-loopback>" },
      });
      // A Chromium that crashed or was killed is launched afresh for the next page, rather than
      // failing every page after it for the life of the server.
      browser.on("disconnected", () => {
        if (this.browser === launching) this.browser = undefined;
      });
      return browser;
    })();
    this.browser = launching;
    // A failed launch is not cached: the next page may try again.
    launching.catch(() => {
      if (this.browser === launching) this.browser = undefined;
    });
    return launching;
  }

  async fetchPage(
    url: string,
    opts: { deadline: number; timeoutMs: number },
  ): Promise<FetchedPage> {
    const browser = await this.launch();
    const proxy = this.opts.proxyFor?.();
    // A context pointed at the operator's proxy itself would let that proxy resolve names after
    // our check; it is pointed at a guard chained to that proxy instead.
    const context = await browser.newContext({
      userAgent: this.opts.userAgent,
      proxy: proxy
        ? { server: (await this.guardVia(proxy)).url, bypass: "<-loopback>" }
        : undefined,
      javaScriptEnabled: true,
    });
    try {
      const page = await context.newPage();
      const refused: string[] = [];
      await page.route("**/*", async (route) => {
        const req = route.request();
        const target = new URL(req.url());
        if (target.protocol === "data:" || target.protocol === "blob:") return route.continue();
        if (SKIPPED_TYPES.has(req.resourceType())) return route.abort("blockedbyclient");
        try {
          if (target.protocol !== "http:" && target.protocol !== "https:")
            throw new FetchError("blocked_scheme", "scheme", target.href);
          await resolveChecked(
            target.hostname,
            target.href,
            this.opts.resolver ?? systemResolver,
            this.allowlist,
          );
          return route.continue();
        } catch (err) {
          // Only the top document failing fails the page; a refused iframe or XHR is just dropped.
          if (req.isNavigationRequest() && req.frame() === page.mainFrame())
            refused.push(err instanceof Error ? err.message : String(err));
          return route.abort("blockedbyclient");
        }
      });
      const timeout = Math.max(1, Math.min(opts.timeoutMs, opts.deadline - Date.now()));
      const until = Date.now() + timeout;
      const response = await page
        .goto(url, { waitUntil: "commit", timeout })
        .catch((err: unknown) => {
          if (refused.length) throw new FetchError("blocked_address", refused[0]!, url);
          throw new FetchError(
            "network",
            `Browser could not load the page: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`,
            url,
          );
        });
      await settle(page, until - Math.min(1_000, timeout / 4));
      if (refused.length) throw new FetchError("blocked_address", refused[0]!, url);
      // A page that spins its main thread never answers content(); closing the context (finally)
      // is what stops it.
      const html = await within(page.content(), until - Date.now(), () => {
        return new FetchError(
          "timeout",
          "The page kept the browser busy past the time budget",
          url,
        );
      });
      if (html.length > MAX_HTML_CHARS)
        throw new FetchError("body_too_large", "Rendered page is larger than 5 MB", url);
      return {
        url,
        finalUrl: page.url(),
        status: response?.status() ?? 200,
        html,
        headers: (await response?.allHeaders()) ?? {},
        engine: "browser",
      };
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  private guardVia(upstream: string): Promise<GuardProxy> {
    let g = this.chained.get(upstream);
    if (!g) {
      g = startGuardProxy(this.opts.resolver ?? systemResolver, this.allowlist, upstream);
      g.catch(() => this.chained.delete(upstream));
      this.chained.set(upstream, g);
    }
    return g;
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = undefined;
    if (b)
      await (
        await b.catch(() => undefined)
      )
        ?.close()
        .catch((err: unknown) => log.warn("browser close failed", { err }));
    await this.guard?.close();
    this.guard = undefined;
    const chained = [...this.chained.values()];
    this.chained.clear();
    await Promise.all(chained.map((g) => g.then((p) => p.close()).catch(() => undefined)));
  }
}

/**
 * Lets scripts build the page: waits for load, then for the network to go quiet, each only until
 * `by`. What has rendered by then is what is read, so a page that polls or never finishes loading
 * a script still gives its content.
 */
async function settle(page: Page, by: number): Promise<void> {
  const left = () => Math.max(1, by - Date.now());
  await page.waitForLoadState("load", { timeout: left() }).catch(() => undefined);
  await page
    .waitForLoadState("networkidle", { timeout: Math.min(NETWORK_IDLE_MAX_MS, left()) })
    .catch(() => undefined);
}

function within<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), Math.max(1, ms));
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
