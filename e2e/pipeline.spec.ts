import { expect, test } from "./test";
import { startJob, waitForJobCompleted } from "./dashboard";
import { screenshot, signUp, uniqueEmail } from "./helpers";
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
    for (const [button, stage] of [
      ["Move to contacted", "Contacted"],
      ["Move to qualified", "Qualified"],
      ["Move to proposal", "Proposal"],
      ["Mark won", "Won"],
    ] as const) {
      await moves.getByRole("button", { name: button }).click();
      await expect(current).toHaveText(`Current stage: ${stage}`);
    }
    // A won deal can only be reopened or archived.
    await expect(moves.getByRole("button")).toHaveText(["Reopen as qualified", "Archive"]);
  });

  await test.step("add notes to the thread", async () => {
    const form = page.getByRole("form", { name: "Add a note" });
    await form.getByRole("button", { name: "Add note" }).click();
    await expect(form).toContainText("Write something first");
    await form.getByLabel("New note").fill("Called Tuesday: wants a demo");
    await form.getByRole("button", { name: "Add note" }).click();
    const notes = page.getByRole("list", { name: "Notes" });
    await expect(notes.getByRole("listitem")).toHaveCount(1);
    await form.getByLabel("New note").fill("Demo done, sending the proposal");
    await form.getByRole("button", { name: "Add note" }).click();
    await expect(notes.getByRole("listitem")).toHaveCount(2);
    await expect(notes.getByRole("listitem").first()).toContainText("Called Tuesday");
    await expect(notes.getByRole("listitem").first()).toContainText("Pia Pipeline");
    await expect(form.getByLabel("New note")).toHaveValue("");
  });

  await test.step("the history lists every move with who made it, after a reload", async () => {
    await page.reload();
    const history = page.getByRole("list", { name: "Stage history" });
    await expect(history.getByRole("listitem")).toHaveCount(4);
    await expect(history.getByRole("listitem").first()).toContainText("New → Contacted");
    await expect(history.getByRole("listitem").last()).toContainText("Proposal → Won");
    await expect(history.getByRole("listitem").last()).toContainText("by Pia Pipeline");
    await expect(page.getByText("Current stage: Won")).toBeVisible();
    await screenshot(page, "pipeline-lead");
  });
});
