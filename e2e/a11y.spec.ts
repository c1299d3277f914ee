import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./test";
import { openNewJob, startJob, waitForJobCompleted } from "./dashboard";
import { signUp, uniqueEmail } from "./helpers";
import { serveSites, type Sites } from "./loopback";

// Axe on every dashboard page, as an admin with a finished job and its leads (so tables, badges
// and forms are on screen, not empty states): no serious or critical violations.

interface Seeded {
  jobId: string;
  leadId: string;
}

/** One line per page: a name, its path, and what to open on it before the check. */
const PAGES: { name: string; path: (s: Seeded) => string; open?: (page: Page) => Promise<void> }[] =
  [
    { name: "home", path: () => "/dashboard" },
    { name: "jobs", path: () => "/jobs" },
    { name: "new job dialog", path: () => "/jobs", open: (page) => openNewJob(page).then() },
    { name: "job detail", path: (s) => `/jobs/${s.jobId}` },
    { name: "leads", path: () => "/leads" },
    { name: "import leads", path: () => "/leads/import" },
    { name: "lead detail", path: (s) => `/leads/${s.leadId}` },
    { name: "contacts", path: () => "/contacts" },
    { name: "analytics", path: () => "/analytics" },
    { name: "settings: organization", path: () => "/settings/organization" },
    { name: "settings: team", path: () => "/settings/team" },
    { name: "settings: api keys", path: () => "/settings/api-keys" },
    { name: "settings: credits", path: () => "/settings/credits" },
    { name: "settings: scoring", path: () => "/settings/scoring" },
    { name: "settings: webhooks", path: () => "/settings/webhooks" },
    { name: "settings: audit log", path: () => "/settings/audit-log" },
    { name: "settings: integrations", path: () => "/settings/integrations" },
    { name: "settings: forms", path: () => "/settings/forms" },
    { name: "settings: provider keys", path: () => "/settings/provider-keys" },
    { name: "settings: account", path: () => "/settings/account" },
    { name: "settings: billing", path: () => "/settings/billing" },
  ];

// Not serial: one page's violations must not hide the others' (a failure restarts the worker,
// which seeds afresh).
let page: Page;
let sites: Sites;
let seeded: Seeded;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  sites = await serveSites(1);
  page = await (await browser.newContext()).newPage();
  await signUp(page, { path: "/sign-up", name: "Axel Audit", email: uniqueEmail("axel") });
  await expect(page).toHaveURL(/\/dashboard/);
  const jobId = await startJob(page, sites.urls);
  await waitForJobCompleted(page);
  await page.goto("/leads");
  const href = await page
    .getByRole("table")
    .locator("tbody")
    .getByRole("link")
    .first()
    .getAttribute("href");
  seeded = { jobId, leadId: href!.split("/").at(-1)! };
});

test.afterAll(async () => {
  await page?.context().close();
  await sites?.close();
});

for (const p of PAGES) {
  test(`axe: ${p.name}`, async () => {
    await page.goto(p.path(seeded));
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    if (p.open) await p.open(page);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target).join(", ")}`);
    expect(bad, `${p.name} (${page.url()})`).toEqual([]);
  });
}
