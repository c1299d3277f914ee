// pnpm bench:dashboard — the leads page with 100,000 leads, in the production build (`pnpm build`
// first), on Postgres (DATABASE_URL; scripts/start-test-postgres.sh prints one — the bench makes
// its own database beside it) and on PGlite. Prints, against the static home page of the same
// server as a baseline: server response (TTFB, full HTML), first paint and hydration in headless
// Chromium, and round trips of a filter, a search and a sort change. Bars: first paint < 1 s,
// filter round trip < 300 ms.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { cookieHeader, paintTiming, roundTrips, serverTiming, signedInContext } from "./browser";
import { prepareDatabase } from "./prepare";
import { startApp } from "./server";
import { fmt, p50, p95, row } from "./stats";

const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FIRST_PAINT_BAR = 1000;
const ROUND_TRIP_BAR = 300;

async function postgresUrl(base: string): Promise<string> {
  const name = "leadscout_bench_dashboard";
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

const STATUSES = ["warm", "cold", "hot"];
const SEARCHES = [
  ["company 42", "Company 42"],
  ["company 7", "Company 7"],
  ["company 500", "Company 500"],
] as const;

// Whether a changed select applies the filters by itself (decided on the first, unmeasured
// change); if not, the Apply button does, as a person would press it.
let autoApply: boolean | undefined;

async function changeStatus(page: Page, i: number): Promise<void> {
  const value = STATUSES[i % 3]!;
  await page.getByLabel("Status", { exact: true }).selectOption(value);
  autoApply ??= await page.waitForURL(new RegExp(`status=${value}`), { timeout: 3000 }).then(
    () => true,
    () => false,
  );
  if (!autoApply) await page.getByRole("button", { name: "Apply filters" }).click();
}

async function search(page: Page, i: number): Promise<void> {
  const box = page.getByRole("searchbox").first();
  await box.fill(SEARCHES[i % 3]![0]);
  await box.press("Enter");
}

async function measureRoundTrips(page: Page) {
  await page.goto("/leads");
  const status = await roundTrips(
    page,
    RUNS,
    (i) => changeStatus(page, i),
    (i) => STATUSES[i % 3]!,
  );
  if (!/status=hot|status=warm|status=cold/.test(page.url()))
    throw new Error(`the status filter is not in the URL: ${page.url()}`);
  await page.goto("/leads");
  const searches = await roundTrips(
    page,
    RUNS,
    (i) => search(page, i),
    (i) => SEARCHES[i % 3]![1],
  );
  await page.goto("/leads");
  const sort = await roundTrips(
    page,
    RUNS,
    () =>
      page
        .getByRole("link", { name: /^Sort by Score/ })
        .first()
        .click(),
    () => "",
  );
  // Baseline: a document navigation to the static home page, timed the same way.
  const home: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const t0 = performance.now();
    await page.goto(`/?r=${i}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    if (i > 0) home.push(performance.now() - t0);
  }
  return { status, searches, sort, home };
}

async function benchEngine(label: string, browser: Browser, env: Record<string, string>) {
  const app = await startApp(env);
  try {
    const context = await signedInContext(browser, app.url, env.BENCH_EMAIL!);
    const cookie = await cookieHeader(context);
    const leadsRes = await serverTiming(`${app.url}/leads`, cookie, RUNS, "Company ");
    const homeRes = await serverTiming(`${app.url}/`, cookie, RUNS, "Leadscout");
    const leadsPaint = await paintTiming(context, "/leads", RUNS);
    const homePaint = await paintTiming(context, "/", RUNS);
    const page = await context.newPage();
    const rt = await measureRoundTrips(page);
    await context.close();

    console.log(
      `[${label}] server response, ms (p50 / p95 of ${RUNS})   TTFB            full HTML`,
    );
    console.log(row("/leads (50 of 100k)", leadsRes.ttfb, leadsRes.full));
    console.log(row("/ (static, baseline)", homeRes.ttfb, homeRes.full));
    console.log(
      `  leads/static full HTML p50: ${(p50(leadsRes.full) / p50(homeRes.full)).toFixed(1)}×`,
    );
    console.log(`[${label}] headless Chromium, ms          first paint     hydrated        load`);
    console.log(row("/leads", leadsPaint.firstPaint, leadsPaint.hydrated, leadsPaint.load));
    console.log(
      row("/ (static, baseline)", homePaint.firstPaint, homePaint.hydrated, homePaint.load),
    );
    console.log(`    (first contentful paint /leads p50 ${fmt(p50(leadsPaint.fcp))} ms)`);
    console.log(`[${label}] round trip: action → table shows new rows, ms (p50 / p95)`);
    console.log(row("status filter", rt.status));
    console.log(row("search", rt.searches));
    console.log(row("sort by score", rt.sort));
    console.log(row("navigate to / (baseline)", rt.home));
    const verdict = (ok: boolean) => (ok ? "meets" : "misses");
    const fp = leadsPaint.firstPaint;
    console.log(
      `  bar first paint < ${FIRST_PAINT_BAR} ms: p50 ${fmt(p50(fp))}, p95 ${fmt(p95(fp))} → ${verdict(p95(fp) < FIRST_PAINT_BAR)}`,
    );
    for (const [name, xs] of [
      ["status filter", rt.status],
      ["search", rt.searches],
    ] as const)
      console.log(
        `  bar ${name} round trip < ${ROUND_TRIP_BAR} ms: p50 ${fmt(p50(xs))}, p95 ${fmt(p95(xs))} → ${verdict(p95(xs) < ROUND_TRIP_BAR)}`,
      );
  } finally {
    await app.stop();
  }
}

async function main() {
  process.env.LOG_LEVEL ??= "warn";
  const engines = (process.env.BENCH_ENGINES ?? "postgres,pglite").split(",");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    if (engines.includes("postgres")) {
      const base = process.env.DATABASE_URL;
      if (!base)
        console.log(
          "[postgres] skipped: set DATABASE_URL (scripts/start-test-postgres.sh prints one)",
        );
      else {
        const databaseUrl = await postgresUrl(base);
        const seeded = await prepareDatabase("postgres", { databaseUrl }, LEADS);
        console.log(
          `[postgres] seeded ${LEADS.toLocaleString("en")} leads in ${seeded.seedSeconds.toFixed(1)} s`,
        );
        await benchEngine("postgres", browser, {
          DATABASE_URL: databaseUrl,
          BENCH_EMAIL: seeded.email,
        });
      }
    }
    if (engines.includes("pglite")) {
      const root = mkdtempSync(path.join(tmpdir(), "leadscout-bench-dashboard-"));
      const pgliteDir = path.join(root, "pglite");
      try {
        const seeded = await prepareDatabase("pglite", { pgliteDir }, LEADS);
        console.log(
          `[pglite] seeded ${LEADS.toLocaleString("en")} leads in ${seeded.seedSeconds.toFixed(1)} s`,
        );
        // DATABASE_URL blank: the app opens the seeded PGlite directory instead.
        await benchEngine("pglite", browser, {
          DATABASE_URL: "",
          PGLITE_DIR: pgliteDir,
          BENCH_EMAIL: seeded.email,
        });
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
