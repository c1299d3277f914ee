import { expect, test } from "./test";
import { signUp, uniqueEmail } from "./helpers";

// Settings › Audit log as an organization's admin: the changes just made are listed newest first
// with who made them; filters narrow the list through the URL; nothing matching shows an empty
// state, and impossible filters say what is wrong.

test("an admin reads, filters and clears the audit log", async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("audra");
  await signUp(page, { path: "/sign-up", name: "Audra Admin", email });
  await expect(page).toHaveURL(/\/dashboard/);

  await page.goto("/settings/api-keys");
  const keyForm = page.getByRole("form", { name: "Create API key" });
  await keyForm.getByLabel("Name").fill("Audit trail key");
  await keyForm.getByRole("button", { name: "Create key" }).click();
  await page.getByRole("button", { name: "I have copied it" }).click();

  await page.goto("/settings");
  await page
    .getByRole("navigation", { name: "Settings" })
    .getByRole("link", { name: "Audit log" })
    .click();
  await expect(page).toHaveURL(/\/settings\/audit-log$/);
  const log = page.getByRole("table", { name: "Audit log, newest first" });
  const rows = log.locator("tbody tr");
  await expect(rows.first()).toContainText("API key created");
  await expect(rows.first()).toContainText(email);
  await expect(rows.first()).toContainText("Audit trail key");
  await expect(rows.filter({ hasText: "Organization created" })).toHaveCount(1);

  const filters = page.getByRole("search", { name: "Filter the audit log" });
  await filters.getByLabel("What").selectOption({ label: "API key created" });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=api_key\.created/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("API key created");

  await filters.getByLabel("From").fill("2099-01-01");
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("heading", { name: "No matching entries" })).toBeVisible();

  await filters.getByLabel("To").fill("2098-01-01");
  await filters.getByRole("button", { name: "Filter" }).click();
  // (Next keeps an empty route announcer with role=alert on every page.)
  await expect(page.getByRole("alert").filter({ hasText: "not valid" })).toContainText(
    "Must not be before from",
  );

  await filters.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/settings\/audit-log$/);
  await expect(rows.filter({ hasText: "Organization created" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "API key created" })).toHaveCount(1);
});
