import { expect, type Locator, type Page } from "@playwright/test";

// Steps the browser flows share, written against the pages' accessible names.

/** The New job form: in its dialog on /jobs, or on /jobs/new where there is no dialog. */
export async function openNewJob(page: Page): Promise<Locator> {
  await page.goto("/jobs");
  await page.getByRole("button", { name: "New job" }).click();
  const dialog = page.getByRole("dialog", { name: "New job" });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Starts a job for `urls` (the List tab) and lands on its page; returns the job's id. */
export async function startJob(page: Page, urls: string[]): Promise<string> {
  const form = await openNewJob(page);
  await form.getByRole("tab", { name: "List" }).click();
  await form.getByLabel("Website URLs, one per line").fill(urls.join("\n"));
  await form.getByRole("button", { name: "Start job" }).click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

/** Waits on the job page, without reloading, until its live status reads "completed". */
export async function waitForJobCompleted(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { name: /^Progress/ })).toContainText("completed", {
    timeout: 90_000,
  });
}
