import { expect, test, type Page } from "./test";
import type { APIRequestContext } from "@playwright/test";
import { startJob, waitForJobCompleted } from "./dashboard";
import { screenshot, signUp, uniqueEmail } from "./helpers";
import { HUBSPOT_E2E, type HubSpotState } from "./hubspot/config";
import { serveSites, type Sites } from "./loopback";

// An admin sends a job's leads to HubSpot: connects through HubSpot's consent page (the local
// HubSpot, e2e/hubspot/serve.ts, through the same @hubspot/api-client the product uses), selects
// the job's leads, "Send to HubSpot", and reads the sync log; a second push updates what the first
// created and duplicates nothing in HubSpot. No page ever carries a token HubSpot issued.

let sites: Sites;
test.beforeAll(async () => {
  sites = await serveSites(3); // the second and third corpus sites name people with an email
});
test.afterAll(async () => {
  await sites?.close();
});

async function hubspotState(request: APIRequestContext): Promise<HubSpotState> {
  const res = await request.get(`${HUBSPOT_E2E.url}/_e2e/state`);
  expect(res.status()).toBe(200);
  return (await res.json()) as HubSpotState;
}

/** Every value occurs once: HubSpot holds no duplicate. */
function expectUnique(values: (string | null | undefined)[]) {
  const present = values.filter((v): v is string => Boolean(v)).map((v) => v.toLowerCase());
  expect(present.length).toBeGreaterThan(0);
  expect(new Set(present).size).toBe(present.length);
}

/** None of HubSpot's access or refresh tokens is anywhere in the page's HTML (RSC payload too). */
async function expectNoToken(page: Page, request: APIRequestContext) {
  const html = await page.content();
  const { issuedTokens } = await hubspotState(request);
  expect(issuedTokens.length).toBeGreaterThan(0);
  for (const t of issuedTokens) expect(html).not.toContain(t);
  expect(html).not.toMatch(/hs-(access|refresh)-/);
}

const syncLog = (page: Page) => page.getByRole("table", { name: "CRM sync log, newest first" });

/** Reloads Settings › Integrations until the sync log has `rows` rows (a push runs in the background). */
async function waitForSyncLogRows(page: Page, rows: (n: number) => boolean) {
  await expect(async () => {
    await page.goto("/settings/integrations");
    expect(rows(await syncLog(page).locator("tbody tr").count())).toBe(true);
  }).toPass({ timeout: 90_000, intervals: [1_000, 2_000] });
}

const OUTCOMES = ["created", "updated", "skipped", "failed"] as const;

/** Rows of the sync log per outcome, through the page's outcome filter. */
async function outcomeCounts(page: Page): Promise<Record<(typeof OUTCOMES)[number], number>> {
  const counts = { created: 0, updated: 0, skipped: 0, failed: 0 };
  for (const outcome of OUTCOMES) {
    await page.goto(`/settings/integrations?outcome=${outcome}`);
    await expect(page.getByRole("search", { name: "Filter the sync log" })).toBeVisible();
    counts[outcome] = await syncLog(page).locator("tbody tr").count();
  }
  return counts;
}

async function sendJobToHubSpot(page: Page, jobId: string): Promise<number> {
  await page.goto(`/leads?job_id=${jobId}`);
  await page.getByRole("checkbox", { name: "Select every lead on this page" }).check();
  await page.getByRole("button", { name: "Send to HubSpot" }).click();
  const status = page.getByRole("status").filter({ hasText: /^Sending \d+ leads? to HubSpot/ });
  await expect(status).toBeVisible();
  return Number(/Sending (\d+)/.exec((await status.textContent())!)![1]);
}

test("crm: connect HubSpot, send a job's leads, read the sync log, push again without duplicates", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  await signUp(page, { path: "/sign-up", name: "Hugo HubSpot", email: uniqueEmail("hugo") });
  await expect(page).toHaveURL(/\/dashboard/);
  const jobId = await startJob(page, sites.urls);
  await waitForJobCompleted(page);

  await test.step("nothing to send before HubSpot is connected", async () => {
    await page.goto(`/leads?job_id=${jobId}`);
    await expect(
      page.getByRole("checkbox", { name: "Select every lead on this page" }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Send to HubSpot" })).toHaveCount(0);
    await page.goto("/settings/integrations");
    await expect(page.getByText("Not connected.")).toBeVisible();
    await expect(page.getByText("Nothing sent yet")).toBeVisible();
  });

  await test.step("connect through HubSpot's consent page", async () => {
    await page.getByRole("button", { name: "Connect HubSpot" }).click();
    await page.waitForURL((url) => url.href.startsWith(`${HUBSPOT_E2E.url}/oauth/authorize?`));
    const consent = new URL(page.url());
    expect(consent.searchParams.get("client_id")).toBe(HUBSPOT_E2E.clientId);
    expect(consent.searchParams.get("redirect_uri")).toMatch(/\/api\/crm\/hubspot\/callback$/);
    await expect(
      page.getByRole("heading", { name: "Connect Leadscout to acme-sales.hubspot.test" }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Grant access" }).click();
    await page.waitForURL(/\/settings\/integrations\?connected=hubspot$/);
    await expect(page.getByText("HubSpot is connected.")).toBeVisible();
    await expect(page.getByText(/^Connected as/)).toContainText("acme-sales.hubspot.test");
    await expectNoToken(page, request);
    await screenshot(page, "crm-connected");
  });

  let firstRows = 0;
  let first: HubSpotState;
  await test.step("select the job's leads and send them to HubSpot", async () => {
    const sent = await sendJobToHubSpot(page, jobId);
    expect(sent).toBe(3);
    await waitForSyncLogRows(page, (n) => n > 0);
    const log = syncLog(page);
    // Companies, contacts and their associations, each created on this first push.
    for (const record of ["company", "contact", "association"])
      await expect(
        log.locator("tbody tr").filter({ hasText: record }).filter({ hasText: "created" }).first(),
      ).toBeVisible();
    firstRows = await log.locator("tbody tr").count();
    first = await hubspotState(request);
    expect(first.companies.length).toBeGreaterThan(0);
    expect(first.contacts.length).toBeGreaterThan(0);
    expect(first.associations.length).toBeGreaterThan(0);
    expectUnique(first.companies.map((c) => c.properties.domain));
    expectUnique(first.contacts.map((c) => c.properties.email));
    // The mapped Leadscout fields arrive on the company, with a link back to the lead.
    expect(first.companies[0]!.properties.leadscout_url).toMatch(/\/leads\/[0-9a-f-]{36}$/);
    expect(first.companies[0]!.properties.leadscout_score).toMatch(/^\d+(\.\d+)?$/);
    // HubSpot did not have those properties: the push created them first (a new portal has none).
    expect(first.customProperties.companies).toEqual(
      expect.arrayContaining(["leadscout_score", "leadscout_status", "leadscout_url"]),
    );
    expect(first.customProperties.contacts).toEqual(
      expect.arrayContaining(["leadscout_source_url"]),
    );
    await expectNoToken(page, request);
    await screenshot(page, "crm-sync-log");
  });

  await test.step("a second push updates the same records and duplicates nothing", async () => {
    const before = await outcomeCounts(page);
    expect(before.failed).toBe(0);
    await sendJobToHubSpot(page, jobId);
    await waitForSyncLogRows(page, (n) => n >= firstRows * 2);
    const after = await outcomeCounts(page);
    // Everything the first push created or updated is updated again; nothing is created.
    expect(after).toEqual({
      created: before.created,
      updated: before.updated + before.created + before.updated,
      skipped: before.skipped * 2,
      failed: 0,
    });

    const second = await hubspotState(request);
    expect(second.companies.map((c) => c.id).sort()).toEqual(
      first.companies.map((c) => c.id).sort(),
    );
    expect(second.contacts.map((c) => c.id).sort()).toEqual(first.contacts.map((c) => c.id).sort());
    expect(second.associations.sort()).toEqual(first.associations.sort());
    expectUnique(second.companies.map((c) => c.properties.domain));
    expectUnique(second.contacts.map((c) => c.properties.email));
  });

  await test.step("the lead's page lists what was sent for it", async () => {
    await page.goto(`/leads?job_id=${jobId}`);
    await page.getByRole("table").locator("tbody").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
    const sent = page.getByRole("table", { name: "CRM sync log, newest first" });
    await expect(sent.locator("tbody tr").filter({ hasText: "company" }).first()).toBeVisible();
    await expectNoToken(page, request);
  });
});
