// What a person at the keyboard waits for: the server's answer, first paint and hydration of a
// page in headless Chromium, and the round trip of a change on the leads page (action → table
// shows the new rows), each timed in the browser or around the action.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { BENCH_PASSWORD } from "./prepare";

export interface ServerTiming {
  ttfb: number[];
  full: number[];
}

export interface PaintTiming {
  firstPaint: number[];
  fcp: number[];
  hydrated: number[];
  load: number[];
}

// React stamps hydrated DOM nodes with a `__reactFiber…` key; the first time <body> carries one,
// the page answers to input. Polled every 5 ms from before any page script runs.
const HYDRATION_PROBE = `(() => {
  const t = setInterval(() => {
    const b = document.body;
    if (b && Object.keys(b).some((k) => k.startsWith("__reactFiber"))) {
      window.__benchHydratedAt = performance.now();
      clearInterval(t);
    }
  }, 5);
})();`;

// A string, not a function: tsx's name-keeping helper would not exist inside the page.
const READ_TIMINGS = `(() => {
  const paint = (name) =>
    performance.getEntriesByType("paint").find((e) => e.name === name)?.startTime ?? NaN;
  const nav = performance.getEntriesByType("navigation")[0];
  return {
    firstPaint: paint("first-paint"),
    fcp: paint("first-contentful-paint"),
    hydrated: window.__benchHydratedAt,
    load: nav.loadEventEnd,
  };
})()`;

export async function signedInContext(
  browser: Browser,
  baseURL: string,
  email: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  await context.addInitScript(HYDRATION_PROBE);
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(BENCH_PASSWORD);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL(/\/dashboard/, { timeout: 60_000 });
  await page.close();
  return context;
}

export async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

/** Sequential GETs with the session's cookies: headers received (TTFB) and whole body read. */
export async function serverTiming(
  url: string,
  cookie: string,
  runs: number,
  mustContain: string,
): Promise<ServerTiming> {
  const out: ServerTiming = { ttfb: [], full: [] };
  for (let i = 0; i < runs + 2; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
    const t1 = performance.now();
    const html = await res.text();
    const t2 = performance.now();
    if (res.status !== 200 || !html.includes(mustContain))
      throw new Error(`GET ${url} answered ${res.status} without "${mustContain}"`);
    if (i < 2) continue; // warm-up: first compile of the route's server chunks
    out.ttfb.push(t1 - t0);
    out.full.push(t2 - t0);
  }
  return out;
}

/** Fresh tab per run (HTTP cache warm from the first): Paint and Navigation Timing, hydration. */
export async function paintTiming(
  context: BrowserContext,
  path: string,
  runs: number,
): Promise<PaintTiming> {
  const out: PaintTiming = { firstPaint: [], fcp: [], hydrated: [], load: [] };
  for (let i = 0; i < runs + 1; i++) {
    const page = await context.newPage();
    await page.goto(path, { waitUntil: "load" });
    await page.waitForFunction(() => "__benchHydratedAt" in window, undefined, { timeout: 30_000 });
    const t = (await page.evaluate(READ_TIMINGS)) as Record<keyof PaintTiming, number>;
    await page.close();
    if (i === 0) continue; // warm-up: fills the HTTP cache with the build's static chunks
    out.firstPaint.push(t.firstPaint);
    out.fcp.push(t.fcp);
    out.hydrated.push(t.hydrated);
    out.load.push(t.load);
  }
  return out;
}

async function firstRowHref(page: Page): Promise<string> {
  return (
    (await page.locator("table tbody tr").first().locator("a").first().getAttribute("href")) ?? ""
  );
}

/**
 * Times `act` until the table's first row is another lead containing `expectText(i)`. The
 * clock runs in this process around the action, so it includes what the person waits for:
 * the request, the server's query and render, and the browser's update.
 */
export async function roundTrips(
  page: Page,
  runs: number,
  act: (i: number) => Promise<void>,
  expectText: (i: number) => string,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const before = await firstRowHref(page);
    const t0 = performance.now();
    await act(i);
    await page
      .locator("table tbody tr")
      .first()
      .filter({ hasText: expectText(i) })
      .locator(`a:not([href="${before}"])`)
      .first()
      .waitFor({ timeout: 30_000 });
    const ms = performance.now() - t0;
    if (i > 0) out.push(ms); // the first change warms the route up
  }
  return out;
}
