import { readFile } from "node:fs/promises";
import { expect, test } from "./test";
import { Webhook } from "standardwebhooks";
import { startJob, waitForJobCompleted } from "./dashboard";
import { screenshot, signUp, uniqueEmail } from "./helpers";
import { serveSites, startReceiver, type Receiver, type Sites } from "./loopback";

// The whole working day of a sales team, in one browser session against the production build:
// sign up, crawl three loopback websites, watch the job finish, work the leads table, open a lead
// and move it along the pipeline, export CSV, then set up the API and a webhook. A screenshot of
// every page lands in e2e/screenshots/journey-*.png for review.

let sites: Sites;
let receiver: Receiver;

test.beforeAll(async () => {
  sites = await serveSites(3);
  receiver = await startReceiver();
});

test.afterAll(async () => {
  await sites?.close();
  await receiver?.close();
});

// Contacts the corpus's ground truth says these three sites publish.
const POGGIO_EMAIL = "info@ilpoggio-siena.it";
const KNOWN_EMAILS = [
  POGGIO_EMAIL,
  "contact@atelier-lumiere.fr",
  "kanzlei@bauer-steuerberatung.de",
];

test("sign up → job → leads → lead → export → API key → webhook", async ({ page, request }) => {
  test.setTimeout(240_000);

  await test.step("sign up", async () => {
    await signUp(page, { path: "/sign-up", name: "Jo Journey", email: uniqueEmail("jo") });
    await expect(page).toHaveURL(/\/dashboard/);
    await screenshot(page, "journey-home");
  });

  let jobId = "";
  await test.step("new job for three loopback websites, progress reaches completed", async () => {
    jobId = await startJob(page, sites.urls);
    await screenshot(page, "journey-job-running");
    await waitForJobCompleted(page);
    await expect(page.getByRole("region", { name: "Leads found" })).toContainText(POGGIO_EMAIL);
    await screenshot(page, "journey-job-completed");
    await page.goto("/jobs");
    await expect(page.getByRole("table")).toContainText("completed");
    await screenshot(page, "journey-jobs");
  });

  await test.step("filter and search leads; the URL carries the view", async () => {
    await page.goto("/leads");
    const table = page.getByRole("table");
    for (const email of KNOWN_EMAILS) await expect(table).toContainText(email);
    await screenshot(page, "journey-leads");

    await page.getByLabel("Email", { exact: true }).selectOption("true");
    const apply = page.getByRole("button", { name: "Apply filters" });
    if (await apply.isVisible()) await apply.click();
    await expect(page).toHaveURL(/has_email=true/);
    // Every row now has an email: no row shows the "none" dash in the Email column.
    await expect(table).toContainText(POGGIO_EMAIL);

    const search = page.getByRole("searchbox", { name: /search/i });
    await search.fill(POGGIO_EMAIL);
    await search.press("Enter");
    await expect(page).toHaveURL(/q=info%40ilpoggio-siena\.it/);
    await expect(table.getByRole("row")).toHaveCount(2); // header + the one lead
    await expect(table).toContainText(POGGIO_EMAIL);
    await screenshot(page, "journey-leads-search");

    // The same URL in a fresh tab shows the same view.
    const shared = await page.context().newPage();
    await shared.goto(page.url());
    await expect(shared.getByRole("table").getByRole("row")).toHaveCount(2);
    await shared.close();
  });

  await test.step("open the lead and change its stage", async () => {
    await page.getByRole("table").locator("tbody").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
    await expect(page.getByText(POGGIO_EMAIL).first()).toBeVisible();
    await screenshot(page, "journey-lead");
    const current = page.getByText(/^Current stage:/);
    await expect(current).toHaveText("Current stage: New");
    await page.getByRole("button", { name: "Move to contacted" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Moved to contacted." })).toBeVisible();
    await page.reload();
    await expect(page.getByText(/^Current stage:/)).toHaveText("Current stage: Contacted");
  });

  await test.step("export CSV of the current filter", async () => {
    await page.goto(`/leads?job_id=${jobId}`);
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), "utf8");
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header).toContain("email");
    for (const email of KNOWN_EMAILS) expect(csv).toContain(email);
    expect(rows.find((r) => r.includes(POGGIO_EMAIL))).toContain("contacted");
  });

  await test.step("create an API key; it works once shown", async () => {
    await page.goto("/settings/api-keys");
    const form = page.getByRole("form", { name: "Create API key" });
    await form.getByLabel("Name").fill("CRM sync");
    await form.getByRole("button", { name: "Create key" }).click();
    const shown = page.getByRole("dialog", { name: "API key created" });
    const key = await shown.getByRole("textbox", { name: "API key" }).inputValue();
    expect(key).toMatch(/^ls_(live|test)_\w{24,}/);
    await screenshot(page, "journey-api-key-created");
    await shown.getByRole("button", { name: "I have copied it" }).click();
    // Shown once: gone from the page once closed, and not there after a reload either.
    await expect(shown).toBeHidden();
    expect(await page.content()).not.toContain(key);
    await page.reload();
    await expect(page.getByRole("form", { name: "Create API key" })).toBeVisible();
    expect(await page.content()).not.toContain(key);
    const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${key}` } });
    expect(me.status()).toBe(200);
    await screenshot(page, "journey-api-keys");
  });

  await test.step("add a webhook endpoint, send a test event, redeliver it", async () => {
    await page.goto("/settings/webhooks");
    const form = page.getByRole("form", { name: "Add endpoint" });
    await form.getByLabel("Endpoint URL").fill(receiver.url);
    await form.getByRole("button", { name: "Add endpoint" }).click();
    const shown = page.getByRole("dialog", { name: "Endpoint added" });
    const secret = await shown.getByRole("textbox", { name: "Signing secret" }).inputValue();
    await shown.getByRole("button", { name: "I have copied it" }).click();
    await screenshot(page, "journey-webhooks");

    await page.getByRole("link", { name: receiver.url }).click();
    await page.getByRole("button", { name: "Send test event" }).click();
    await expect.poll(() => receiver.deliveries.length, { timeout: 30_000 }).toBe(1);
    // The receiver can trust it: the Standard Webhooks signature verifies with the shown secret.
    const first = receiver.deliveries[0]!;
    const event = new Webhook(secret).verify(first.body, first.headers as Record<string, string>);
    expect(event).toMatchObject({ type: "webhook.test" });

    await page.reload();
    await page
      .getByRole("button", { name: /^Redeliver/ })
      .first()
      .click();
    await expect.poll(() => receiver.deliveries.length, { timeout: 30_000 }).toBe(2);
    // A redelivery is the same message: same webhook-id, so receivers can deduplicate.
    expect(receiver.deliveries[1]!.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
    await screenshot(page, "journey-webhook-deliveries");
  });
});
