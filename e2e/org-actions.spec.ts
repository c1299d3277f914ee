import { expect, test } from "./test";
import { signUp, uniqueEmail } from "./helpers";

// The organization controls answer through the one action hook: a notice on success, the server's
// refusal in an alert, and an action's redirect followed (create), not shown as an error.
test("rename, a refused leave, create (redirect) and switch organizations", async ({ page }) => {
  await signUp(page, { path: "/sign-up", name: "Orla Owner", email: uniqueEmail("orla") });
  await expect(page).toHaveURL(/\/dashboard/);

  await page.goto("/settings/organization");
  const rename = page.getByRole("form", { name: "Rename organization" });
  await rename.getByLabel("Organization name").fill("Orla Renamed");
  await rename.getByRole("button", { name: "Save name" }).click();
  await expect(rename.getByText("Organization renamed")).toBeVisible();
  await expect(rename.getByRole("button", { name: "Save name" })).toBeDisabled();

  // The last admin cannot leave: the refusal is shown and the confirmation steps back.
  await page.getByRole("button", { name: "Leave organization" }).click();
  await page.getByRole("button", { name: "Yes, leave organization" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /at least one admin/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Leave organization" })).toBeVisible();

  // Creating redirects to the new organization's dashboard.
  await page.goto("/organizations/new");
  const create = page.getByRole("form", { name: "New organization" });
  await create.getByLabel("Organization name").fill("Orla Second");
  await create.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Orla Second");

  await page.getByRole("button", { name: /Switch organization/ }).click();
  await page.getByRole("menuitem", { name: /Orla Renamed/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Orla Renamed");
});
