import { readFile } from "node:fs/promises";
import { expect, test } from "./test";
import { startJob, waitForJobCompleted } from "./dashboard";
import { signUp, uniqueEmail } from "./helpers";
import { serveSites, type Sites } from "./loopback";

// A sales lead checking how it is going: after a job, Analytics shows today's leads and the job,
// a lead moved to contacted shows in conversion between stages, the range changes through the
// presets and the custom form (kept in the URL), a bad URL range is explained, and one chart's
// numbers download as CSV.
let sites: Sites;
test.beforeAll(async () => {
  sites = await serveSites(1);
});
test.afterAll(async () => {
  await sites?.close();
});

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

test("analytics: charts after a job, range changes, a chart's CSV", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, { path: "/sign-up", name: "Ana Lytics", email: uniqueEmail("ana") });
  await expect(page).toHaveURL(/\/dashboard/);

  await test.step("before any job, each chart says it has nothing to show", async () => {
    await page.goto("/analytics");
    await expect(page.getByText("No leads found in this range")).toBeVisible();
  });

  await startJob(page, sites.urls);
  await waitForJobCompleted(page);

  await test.step("the sidebar opens Analytics with the job's leads and the job", async () => {
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Analytics" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Last 30 days" })).toHaveAttribute(
      "aria-current",
      "true",
    );
    const perDay = page.getByRole("table", { name: "Leads found per day" });
    await expect(perDay.getByRole("row")).toHaveCount(31); // a header and 30 days
    await expect(page.getByText(/of finished jobs completed/)).toContainText("100%");
  });

  await test.step("a lead moved to contacted counts in conversion between stages", async () => {
    await page.goto("/leads");
    await page.getByRole("table").locator("tbody").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
    await page.getByRole("button", { name: "Move to contacted" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Moved to contacted." })).toBeVisible();
    await page.goto("/analytics");
    const conversion = page.getByRole("table", { name: "Conversion between stages" });
    // new: every lead found, one of them gone on; contacted: that one, none qualified yet.
    await expect(conversion.getByRole("row").nth(1).getByRole("cell")).toHaveText([
      "new",
      /^\d+$/,
      "contacted",
      "1",
      /%$/,
    ]);
    await expect(conversion.getByRole("row").nth(2).getByRole("cell")).toHaveText([
      "contacted",
      "1",
      "qualified",
      "0",
      "0%",
    ]);
  });

  await test.step("a preset and a custom range, both in the URL", async () => {
    await page.getByRole("link", { name: "Last 7 days" }).click();
    await expect(page).toHaveURL(/range=7d/);
    await expect(
      page.getByRole("table", { name: "Leads found per day" }).getByRole("row"),
    ).toHaveCount(8);
    await page.getByLabel("From", { exact: true }).fill(daysAgo(2));
    await page.getByLabel("To", { exact: true }).fill(today());
    await page.getByRole("button", { name: "Apply range" }).click();
    await expect(page).toHaveURL(new RegExp(`range=custom&from=${daysAgo(2)}&to=${today()}`));
    await expect(
      page.getByRole("table", { name: "Leads found per day" }).getByRole("row"),
    ).toHaveCount(4);
  });

  await test.step("an end before the start is explained, not an error page", async () => {
    await page.goto(`/analytics?range=custom&from=${today()}&to=${daysAgo(3)}`);
    await expect(
      page.getByRole("alert").filter({ hasText: "The end date is before the start" }),
    ).toBeVisible();
  });

  await test.step("one chart's numbers download as CSV", async () => {
    await page.goto(`/analytics?range=custom&from=${daysAgo(2)}&to=${today()}`);
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "CSV of leads found per day" }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe(
      `leadscout-leads-per-day-${daysAgo(2)}-to-${today()}.csv`,
    );
    const [header, ...rows] = (await readFile(await file.path(), "utf8")).trim().split(/\r?\n/);
    expect(header).toBe("day,total,hot,warm,cold,unscored");
    expect(rows.map((r) => r.split(",")[0])).toEqual([daysAgo(2), daysAgo(1), today()]);
    expect(Number(rows[2]!.split(",")[1])).toBeGreaterThan(0);
  });

  await test.step("the CSV route refuses an unknown chart and a bad range clearly", async () => {
    const unknown = await page.request.get("/api/dashboard/analytics/revenue");
    expect(unknown.status()).toBe(404);
    const bad = await page.request.get(
      "/api/dashboard/analytics/top-sources?range=custom&from=2026-02-30&to=2026-03-01",
    );
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error.fields).toHaveProperty("from");
  });
});
