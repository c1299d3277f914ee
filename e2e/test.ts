import { test as base, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { appPort } from "./stripe/config";

export { expect } from "@playwright/test";
export type { Locator, Page, Response } from "@playwright/test";

/**
 * Resolves once every hydration marker on the page (components/hydration-mark.tsx) is hydrated:
 * the root layout's and each form field's. Typing into a field before then is lost when
 * react-hook-form registers it, so a test that fills a form right after loading a page would race
 * the browser on a busy machine. Documents that are not the app's pages (JSON, downloads) carry no
 * marker and are not waited on.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const marks = document.querySelectorAll("[data-hydration-mark]");
    if (marks.length === 0) return document.contentType !== "text/html";
    return Array.from(marks).every((m) => m.hasAttribute("data-hydrated"));
  });
}

const patched = new WeakSet<Page>();

/** page.goto and page.reload return once the page they loaded has hydrated. */
function waitsForHydration(page: Page): Page {
  if (patched.has(page)) return page;
  patched.add(page);
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const res = await goto(...args);
    await hydrated(page);
    return res;
  };
  page.reload = async (...args) => {
    const res = await reload(...args);
    await hydrated(page);
    return res;
  };
  return page;
}

const APP = `http://127.0.0.1:${appPort}`;

/**
 * Each browser context is a visitor of its own: its requests to the app arrive through a trusted
 * proxy (the server runs with TRUSTED_PROXIES=127.0.0.1) from an address in TEST-NET-2. Without
 * this every test signs up from 127.0.0.1, and the suite outgrows the per-address sign-up limit
 * that protects the product. Added by the network layer, so no page script sees the header.
 */
async function asOwnVisitor(context: BrowserContext): Promise<void> {
  const address = `198.51.100.${1 + Math.floor(Math.random() * 254)}`;
  await context.route(`${APP}/**`, (route) =>
    route.continue({ headers: { ...route.request().headers(), "x-forwarded-for": address } }),
  );
}

async function patchContext(context: BrowserContext): Promise<BrowserContext> {
  await asOwnVisitor(context);
  for (const p of context.pages()) waitsForHydration(p);
  context.on("page", waitsForHydration);
  return context;
}

/**
 * Playwright's `test` where every page — the fixture's and those of contexts a test opens itself —
 * waits for hydration after goto and reload.
 */
export const test = base.extend<object, { browser: Browser }>({
  browser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => patchContext(await newContext(...args));
      await use(browser);
    },
    { scope: "worker" },
  ],
  context: async ({ context }, use) => {
    await use(await patchContext(context));
  },
});
