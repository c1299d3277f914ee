import { expect, test } from "./test";
import { PASSWORD, screenshot, signUp, uniqueEmail } from "./helpers";

// Deleting: an admin deletes their organization from Settings › Organization (typing its name),
// and a person deletes their account (typing their address) and can no longer sign in.

test("an admin deletes their organization after typing its name", async ({ page }) => {
  await signUp(page, { path: "/sign-up", name: "Dora Delete", email: uniqueEmail("dora") });
  await expect(page).toHaveURL(/\/dashboard/);
  const orgName = (await page.getByRole("heading", { level: 1 }).textContent())?.trim();
  expect(orgName).toBeTruthy();

  await page.goto("/settings/organization");
  const form = page.getByRole("form", { name: "Delete organization" });
  const button = form.getByRole("button", { name: "Delete this organization" });
  await expect(button).toBeDisabled();
  await form.getByLabel(`Type ${orgName} to confirm`).fill(`${orgName} (not quite)`);
  await expect(button).toBeDisabled();
  await form.getByLabel(`Type ${orgName} to confirm`).fill(orgName!);
  await screenshot(page, "delete-organization");
  await button.click();

  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByText("You are not a member of any organization")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: orgName! })).toHaveCount(0);
});

test("a person deletes their account and can no longer sign in", async ({ page }) => {
  const email = uniqueEmail("gone");
  await signUp(page, { path: "/sign-up", name: "Gus Gone", email });
  await expect(page).toHaveURL(/\/dashboard/);

  await page.goto("/settings/organization");
  await page.getByRole("link", { name: "Delete your account" }).click();
  await expect(page).toHaveURL(/\/settings\/account/);
  const form = page.getByRole("form", { name: "Delete account" });
  await form.getByLabel(`Type ${email} to confirm`).fill(email);
  await screenshot(page, "delete-account");
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page.getByText("Email or password is incorrect")).toBeVisible();
});
