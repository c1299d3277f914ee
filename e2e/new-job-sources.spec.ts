import { expect, test, type Locator, type Page } from "./test";
import { openNewJob, waitForJobCompleted } from "./dashboard";
import { screenshot, signUp, uniqueEmail } from "./helpers";
import { serveSites, sitemapOf, type Sites } from "./loopback";

// The New job dialog's CSV and Sitemap tabs, driven as a person would: upload a spreadsheet export
// with a few broken rows, pick its URL column, see which rows are unusable and what the job will
// cost, then crawl; and crawl a site from its XML sitemap. Screenshots land in
// e2e/screenshots/sources-*.png.

let sites: Sites;

test.beforeAll(async () => {
  sites = await serveSites(3);
});

test.afterAll(async () => {
  await sites?.close();
});

/** A CSV export as a CRM would write it: a header, a company column, then the website column. */
function csv(rows: [company: string, website: string][]): Buffer {
  const lines = ["Company,Website", ...rows.map(([c, w]) => `${c},${w}`)];
  return Buffer.from(lines.join("\r\n") + "\r\n", "utf8");
}

async function upload(form: Locator, name: string, body: Buffer): Promise<void> {
  await form.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: body });
  await expect(form.getByLabel("CSV file")).toHaveAccessibleDescription(`Loaded ${name}.`);
}

/** The job page's URL table shows exactly `urls`, each crawled to completion. */
async function expectUrlsCompleted(page: Page, urls: string[]): Promise<void> {
  const rows = page.getByRole("table", { name: "URLs in this job" }).locator("tbody tr");
  await expect(rows).toHaveCount(urls.length);
  for (const url of urls)
    await expect(rows.filter({ hasText: url })).toContainText("completed", { ignoreCase: true });
}

test("New job from a CSV file and from a sitemap; a bad sitemap URL is refused inline", async ({
  page,
}) => {
  test.setTimeout(180_000);

  await test.step("sign up", async () => {
    await signUp(page, { path: "/sign-up", name: "Cy Sources", email: uniqueEmail("cy") });
    await expect(page).toHaveURL(/\/dashboard/);
  });

  await test.step("a missing or non-http sitemap URL is an inline error; no job is made", async () => {
    const form = await openNewJob(page);
    await form.getByRole("tab", { name: "Sitemap" }).click();
    const field = form.getByLabel("Sitemap URL");
    const start = form.getByRole("button", { name: "Start job" });

    await start.click();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(/Enter a sitemap URL/);

    // The browser only checks that something was typed: this one is refused by the server.
    await field.fill("ftp://x");
    await start.click();
    await expect(field).toHaveAccessibleDescription(/Only http and https URLs/);
    await expect(form.getByRole("alert")).toContainText("Fix the fields marked below.");
    await expect(page).toHaveURL(/\/jobs$/);
    await screenshot(page, "sources-sitemap-invalid");

    await form.getByRole("button", { name: "Cancel" }).click();
    await page.reload();
    await expect(page.getByText("No jobs yet")).toBeVisible();
  });

  const [poggio, atelier] = sites.urls as [string, string];
  await test.step("CSV: pick the column, see the unusable rows and the cost, crawl the rest", async () => {
    const form = await openNewJob(page);
    await form.getByRole("tab", { name: "CSV" }).click();
    const good: [string, string][] = [
      ["Agriturismo Il Poggio", poggio],
      ["Atelier Lumière", atelier],
      ["Broken & Co", "not a url"],
      ["Files Ltd", "ftp://files.example.com/leads.csv"],
    ];
    // Row 6 looks like a website to the browser; only the server knows 10/8 is private.
    await upload(form, "crm-export.csv", csv([...good, ["Intranet AG", "http://10.0.0.8/"]]));

    const column = form.getByLabel("Column with the URLs");
    const unusable = form.getByRole("list", { name: "Rows that are not usable" });
    const estimate = form.getByText(/^Estimated cost:/);
    await column.selectOption({ label: "Company" });
    await expect(form.getByText(/unique URLs found/)).toHaveText(
      "0 unique URLs found, 5 rows not usable.",
    );
    await column.selectOption({ label: "Website" });
    await expect(form.getByText(/unique URLs found/)).toHaveText(
      "3 unique URLs found, 2 rows not usable.",
    );
    await expect(unusable.getByRole("listitem")).toHaveText([
      "row 4: not a URL",
      "row 5: only http and https URLs can be crawled",
    ]);
    await expect(estimate).toContainText("(3 URLs ×");
    await screenshot(page, "sources-csv-picked");

    const start = form.getByRole("button", { name: "Start job" });
    await start.click();
    await expect(
      form.getByText("2 row(s) are not usable: fix the file, or skip them"),
    ).toBeVisible();
    await form.getByLabel("Skip the rows that are not usable and crawl the rest").check();
    await start.click();
    // The server's refusal names the file's row, under the file input; nothing is created.
    await expect(form.getByLabel("CSV file")).toHaveAccessibleDescription(/Row 6: 10\.0\.0\.8 is/);
    await expect(page).toHaveURL(/\/jobs$/);
    await screenshot(page, "sources-csv-errors");

    await upload(form, "crm-export-fixed.csv", csv(good));
    await expect(form.getByText(/unique URLs found/)).toHaveText(
      "2 unique URLs found, 2 rows not usable.",
    );
    await expect(form.getByLabel("CSV file")).not.toHaveAttribute("aria-invalid", "true");
    await expect(estimate).toContainText("(2 URLs ×");
    await start.click();

    await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
    await waitForJobCompleted(page);
    await expectUrlsCompleted(page, [poggio, atelier]);
    const leads = page.getByRole("region", { name: "Leads found" });
    await expect(leads).toContainText("info@ilpoggio-siena.it");
    await expect(leads).toContainText("contact@atelier-lumiere.fr");
    await screenshot(page, "sources-csv-completed");
  });

  await test.step("Sitemap: every page the sitemap lists is crawled", async () => {
    const sitemap = sitemapOf(sites, 2);
    const form = await openNewJob(page);
    await form.getByRole("tab", { name: "Sitemap" }).click();
    await form.getByLabel("Sitemap URL").fill(sitemap.url);
    // Each listed page is its own URL in the job: crawl just that page.
    await form.getByLabel("Max pages per site").fill("1");
    await screenshot(page, "sources-sitemap-form");
    await form.getByRole("button", { name: "Start job" }).click();

    await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(sitemap.url);
    await waitForJobCompleted(page);
    await expectUrlsCompleted(page, sitemap.pages);
    await expect(page.getByRole("region", { name: "Leads found" })).toContainText(
      "kanzlei@bauer-steuerberatung.de",
    );
    await screenshot(page, "sources-sitemap-completed");
  });
});
