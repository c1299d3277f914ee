import { expect, test } from "./test";
import { startJob, waitForJobCompleted } from "./dashboard";
import { screenshot, signUp, uniqueEmail } from "./helpers";
import { addNotes, expectHistoryToWon, moveToWon } from "./lead-pipeline";
import { serveSites, type Sites } from "./loopback";

// A sales rep works a lead through the pipeline: only the moves the pipeline allows are offered,
// each move lands in the history with who made it, and notes form a thread.
let sites: Sites;
test.beforeAll(async () => {
  sites = await serveSites(1);
});
test.afterAll(async () => {
  await sites?.close();
});

test("pipeline: move a lead to won, add notes, read the history", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, { path: "/sign-up", name: "Pia Pipeline", email: uniqueEmail("pia") });
  await expect(page).toHaveURL(/\/dashboard/);
  await startJob(page, sites.urls);
  await waitForJobCompleted(page);
  await page.goto("/leads");
  await page.getByRole("table").locator("tbody").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);

  const moves = page.getByRole("group", { name: "Move this lead" });
  const current = page.getByText(/^Current stage:/);

  await test.step("a new lead is offered only the moves the pipeline allows", async () => {
    await expect(current).toHaveText("Current stage: New");
    await expect(moves.getByRole("button")).toHaveText([
      "Move to contacted",
      "Mark lost",
      "Archive",
    ]);
    await expect(moves.getByRole("button", { name: "Mark won" })).toHaveCount(0);
    await expect(page.getByText("Not moved yet: new since it was found.")).toBeVisible();
  });

  await test.step("move it step by step to won", async () => {
    await moveToWon(page);
  });

  await test.step("add notes to the thread", async () => {
    const form = page.getByRole("form", { name: "Add a note" });
    await form.getByRole("button", { name: "Add note" }).click();
    await expect(form).toContainText("Write something first");
    await addNotes(
      page,
      ["Called Tuesday: wants a demo", "Demo done, sending the proposal"],
      "Pia Pipeline",
    );
  });

  await test.step("the history lists every move with who made it, after a reload", async () => {
    await expectHistoryToWon(page, "Pia Pipeline");
    await screenshot(page, "pipeline-lead");
  });
});
