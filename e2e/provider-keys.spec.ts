import { expect, test } from "./test";
import { signUp, uniqueEmail } from "./helpers";

// Settings › Provider keys as an organization's admin: a saved key shows only as its hint and is
// nowhere in the page, Check answers with the provider's verdict, and removing asks first.

const KEY = "sk-ant-api03-e2e-own-key-never-shown-k9Z2";

test("an admin saves, checks and removes the organization's Anthropic key", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, { path: "/sign-up", name: "Kay Keys", email: uniqueEmail("kay") });
  await expect(page).toHaveURL(/\/dashboard/);

  await page.goto("/settings");
  await page
    .getByRole("navigation", { name: "Settings" })
    .getByRole("link", { name: "Provider keys" })
    .click();
  await expect(page).toHaveURL(/\/settings\/provider-keys$/);
  // The browser tests' installation runs no paid enrichment provider: any own Hunter or Apollo
  // key makes enrichment free, and the page says so.
  await expect(
    page.getByText(/With a Hunter or Apollo key saved, enrichment calls it on your account/),
  ).toBeVisible();

  const anthropic = page.getByRole("region", { name: /^Anthropic/ });
  await expect(anthropic).toContainText("Platform key");
  const form = anthropic.getByRole("form", { name: "Save anthropic key" });
  await form.getByLabel("API key").fill("short");
  await form.getByRole("button", { name: "Save key" }).click();
  await expect(form).toContainText("too short");

  await form.getByLabel("API key").fill(KEY);
  await form.getByRole("button", { name: "Save key" }).click();
  await expect(anthropic.getByTestId("anthropic-hint")).toHaveText("…k9Z2");
  await expect(anthropic).toContainText("Not checked");
  expect(await page.content()).not.toContain(KEY);
  await page.reload();
  await expect(anthropic.getByTestId("anthropic-hint")).toHaveText("…k9Z2");
  expect(await page.content()).not.toContain(KEY);

  // No Anthropic is reachable from the test server: Check says so (or relays a refusal).
  await anthropic.getByRole("button", { name: "Check" }).click();
  await expect(
    anthropic.getByText(/Anthropic (refused|did not|accepted)|Could not reach Anthropic/).first(),
  ).toBeVisible({
    timeout: 30_000,
  });
  expect(await page.content()).not.toContain(KEY);

  await anthropic.getByRole("button", { name: "Remove" }).click();
  await page.getByRole("button", { name: "Remove key" }).click();
  await expect(anthropic).toContainText("Platform key");
});
