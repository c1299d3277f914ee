import { expect, type Page } from "@playwright/test";

export const PASSWORD = "correct horse battery staple";

let n = 0;
/** An email no other test run has used against the same database. */
export function uniqueEmail(name: string): string {
  n += 1;
  return `${name}.${Date.now().toString(36)}${n}@example.com`;
}

export async function signUp(
  page: Page,
  opts: { name: string; email: string; path?: string },
): Promise<void> {
  if (opts.path !== undefined) await page.goto(opts.path);
  await page.getByLabel("Full name").fill(opts.name);
  await page.getByLabel("Work email").fill(opts.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}
