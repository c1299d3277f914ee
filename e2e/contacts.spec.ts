import { readFile } from "node:fs/promises";
import { expect, test } from "./test";
import { startJob, waitForJobCompleted } from "./dashboard";
import { signUp, uniqueEmail } from "./helpers";
import { serveSites, type Sites } from "./loopback";

// A sales rep after a job: the people it found are contacts, searchable, exportable and
// deletable, and the company's lead page lists its people.
let sites: Sites;
test.beforeAll(async () => {
  sites = await serveSites(3); // the second and third corpus sites name their team
});
test.afterAll(async () => {
  await sites?.close();
});

test("contacts: found by a job, searched, exported, deleted, shown on the lead", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signUp(page, { path: "/sign-up", name: "Carla Contacts", email: uniqueEmail("carla") });
  await expect(page).toHaveURL(/\/dashboard/);
  await startJob(page, sites.urls);
  await waitForJobCompleted(page);

  const table = page.getByRole("table", { name: "Contacts" });
  const row = (name: string) => table.getByRole("row").filter({ hasText: name });

  await test.step("the job's people are contacts, with their titles and companies", async () => {
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Contacts" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Contacts" })).toBeVisible();
    for (const name of ["Thomas Bauer", "Julia Wagner", "Stefan Huber", "Claire Fontaine"])
      await expect(row(name)).toBeVisible();
    await expect(row("Thomas Bauer")).toContainText("Geschäftsführender Partner");
  });

  await test.step("search narrows the list", async () => {
    await page.getByLabel("Search contacts").fill("Wagner");
    await page.getByLabel("Search contacts").press("Enter");
    await expect(page).toHaveURL(/q=Wagner/);
    await expect(row("Julia Wagner")).toBeVisible();
    await expect(row("Thomas Bauer")).toHaveCount(0);
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(row("Thomas Bauer")).toBeVisible();
  });

  await test.step("export the selection as CSV", async () => {
    await page.getByRole("checkbox", { name: "Select Thomas Bauer" }).check();
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export selected" }).click();
    const csv = await readFile(await (await downloading).path(), "utf8");
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header).toMatch(/^id,name,title,email/);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("Thomas Bauer");
    await page.getByRole("checkbox", { name: "Select Thomas Bauer" }).uncheck();
  });

  await test.step("delete one after confirming", async () => {
    await page.getByRole("checkbox", { name: "Select Stefan Huber" }).check();
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("button", { name: "Delete 1 contact" }).click();
    await expect(page.getByRole("status")).toContainText("Deleted 1 contact.");
    await expect(row("Stefan Huber")).toHaveCount(0);
  });

  await test.step("the company's lead page lists its people", async () => {
    await row("Julia Wagner").locator(`a[href^="/leads/"]`).click();
    await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
    const people = page.getByRole("region", { name: /^People/ });
    await expect(people).toContainText("Julia Wagner");
    await expect(people).toContainText("Thomas Bauer");
    await expect(people).not.toContainText("Stefan Huber");
  });
});
