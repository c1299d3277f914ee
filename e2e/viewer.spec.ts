import { expect, test, type Page } from "./test";
import { captureAction, replayAction } from "./actions";
import { startJob, waitForJobCompleted } from "./dashboard";
import { screenshot, signUp, uniqueEmail } from "./helpers";
import { serveSites, type Sites } from "./loopback";

// A viewer reads everything and changes nothing: the pages show no create/edit/delete controls
// and no export (admins and members only), and the server refuses the admin's own requests
// replayed with the viewer's cookies, and the viewer's export.

const WRITE_CONTROLS =
  /^(New job|Start job|Save|Create key|Revoke|Delete|Change stage|Move to|Mark won|Mark lost|Archive|Reopen|Restore as|Add note|Cancel job|Add endpoint|Send test event|Redeliver|Send invitation|Remove|Rename|Add rule|Restore default|Rotate|Pause|Re-enable)/;

let sites: Sites;
test.beforeAll(async () => {
  sites = await serveSites(1);
});
test.afterAll(async () => {
  await sites?.close();
});

async function expectReadOnly(page: Page, path: string, shows: string | RegExp): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("main")).toContainText(shows);
  await expect(page.getByRole("button", { name: WRITE_CONTROLS })).toHaveCount(0);
}

test("a viewer sees no write controls and the server refuses the viewer's writes", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const viewerEmail = uniqueEmail("vera");

  // The admin does each write once, through the UI; the requests are kept for replay.
  await signUp(page, { path: "/sign-up", name: "Ada Admin", email: uniqueEmail("ada") });
  await expect(page).toHaveURL(/\/dashboard/);
  const createJob = await captureAction(page, async () => {
    await startJob(page, sites.urls);
  });
  const jobUrl = page.url();
  await waitForJobCompleted(page);

  await page.goto("/leads");
  await page.getByRole("table").locator("tbody").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
  const leadUrl = page.url();
  const saveLead = await captureAction(page, () =>
    page.getByRole("button", { name: "Move to contacted" }).click(),
  );
  await expect(page.getByRole("status").filter({ hasText: "Moved to contacted." })).toBeVisible();

  await page.goto("/settings/api-keys");
  const keyForm = page.getByRole("form", { name: "Create API key" });
  await keyForm.getByLabel("Name").fill("Admin key");
  const createKey = await captureAction(page, () =>
    keyForm.getByRole("button", { name: "Create key" }).click(),
  );
  await page.getByRole("button", { name: "I have copied it" }).click();

  await page.goto("/settings/team");
  const invite = page.getByRole("form", { name: "Invite a teammate" });
  await invite.getByLabel("Email address").fill(viewerEmail);
  await invite.getByLabel("Role").selectOption("viewer");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await viewer.goto(new URL(link).pathname);
  await signUp(viewer, { name: "Vera Viewer", email: viewerEmail });
  await expect(viewer).toHaveURL(/\/invite\//);
  await viewer.getByRole("button", { name: /^Join / }).click();
  await expect(viewer).toHaveURL(/\/dashboard/);

  await test.step("no create/edit controls on any page", async () => {
    await expectReadOnly(viewer, "/dashboard", /Credits left/);
    await expectReadOnly(viewer, "/jobs", "completed");
    await screenshot(viewer, "viewer-jobs");
    await expectReadOnly(viewer, new URL(jobUrl).pathname, "completed");
    await expectReadOnly(viewer, "/leads", "@");
    await expect(viewer.getByRole("button", { name: /^Export/ })).toHaveCount(0);
    await screenshot(viewer, "viewer-leads");
    await expectReadOnly(viewer, new URL(leadUrl).pathname, "Current stage: Contacted");
    await expect(viewer.getByRole("form", { name: "Add a note" })).toHaveCount(0);
    await screenshot(viewer, "viewer-lead");
    await expectReadOnly(viewer, "/settings/organization", /organization/i);
    await expectReadOnly(viewer, "/settings/team", viewerEmail);
    await expectReadOnly(viewer, "/settings/api-keys", /API keys/i);
    await expect(viewer.getByRole("form", { name: "Create API key" })).toHaveCount(0);
    await expectReadOnly(viewer, "/settings/webhooks", "admins and members only");
    await expect(viewer.getByRole("form", { name: "Add endpoint" })).toHaveCount(0);
    await expectReadOnly(viewer, "/settings/scoring", "Ideal-customer rules");
    await expectReadOnly(viewer, "/settings/credits", /credits/i);
    await screenshot(viewer, "viewer-scoring");
  });

  await test.step("the admin's writes replayed with the viewer's cookies are refused", async () => {
    const refused = /"code":"forbidden"/;
    const job = await replayAction(viewerContext.request, createJob);
    expect(job.text).toMatch(refused);
    const lead = await replayAction(viewerContext.request, saveLead, (b) =>
      b
        .replace('"stage":"contacted"', '"stage":"lost"')
        .replace('"from":"new"', '"from":"contacted"'),
    );
    expect(lead.text).toMatch(refused);
    const key = await replayAction(viewerContext.request, createKey);
    expect(key.text).toMatch(refused);
    const exported = await viewerContext.request.get("/api/dashboard/leads/export");
    expect(exported.status()).toBe(403);
    expect(await exported.text()).toMatch(refused);

    // And nothing changed: one job, the lead still contacted, one key.
    await page.goto("/jobs");
    await expect(page.getByRole("table").locator("tbody").getByRole("row")).toHaveCount(1);
    await page.goto(leadUrl);
    await expect(page.getByText(/^Current stage:/)).toHaveText("Current stage: Contacted");
    await page.goto("/settings/api-keys");
    await expect(page.getByRole("button", { name: /^Revoke/ })).toHaveCount(1);
    await page.goto(leadUrl);

    // The same replay with the admin's cookies goes through: the refusal above is the role's.
    const own = await replayAction(page.context().request, saveLead, (b) =>
      b
        .replace('"stage":"contacted"', '"stage":"qualified"')
        .replace('"from":"new"', '"from":"contacted"'),
    );
    expect(own.text).toMatch(/"ok":true/);
    await page.reload();
    await expect(page.getByText(/^Current stage:/)).toHaveText("Current stage: Qualified");

    // The REST API answers to API keys only: the session cookie opens nothing there.
    const api = await viewerContext.request.post("/api/v1/jobs", {
      data: { type: "single", url: sites.urls[0] },
    });
    expect(api.status()).toBe(401);
  });
  await viewerContext.close();
});
