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
  await expect(page.getByRole("status")).toContainText("Check your inbox");
  await followMailedLink(page, opts.email, /\/auth\/confirm\//);
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/auth/confirm"));
}

/**
 * Opens the newest link matching `href` in the messages to `email` on the development mailbox
 * (the browser tests run without SMTP, with DEV_MAILBOX=on).
 */
export async function followMailedLink(page: Page, email: string, href: RegExp): Promise<void> {
  await page.goto(`/dev/mail?to=${encodeURIComponent(email)}`);
  const link = page.locator("article a").filter({ hasText: href }).first();
  await expect(link).toBeVisible();
  await page.goto((await link.getAttribute("href"))!);
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
