import { expect, type Page } from "@playwright/test";

// Steps on a lead's page that the browser flows share (a scraped lead in pipeline.spec.ts, an
// inbound one in inbound.spec.ts): the pipeline's moves, the notes thread, the stage history.

/** The stage moves, in order, from new to won: the button pressed and the stage it reaches. */
export const MOVES_TO_WON = [
  ["Move to contacted", "Contacted"],
  ["Move to qualified", "Qualified"],
  ["Move to proposal", "Proposal"],
  ["Mark won", "Won"],
] as const;

/** On a new lead's page: moves it step by step to won, checking each stage is reached. */
export async function moveToWon(page: Page): Promise<void> {
  const moves = page.getByRole("group", { name: "Move this lead" });
  const current = page.getByText(/^Current stage:/);
  await expect(current).toHaveText("Current stage: New");
  for (const [button, stage] of MOVES_TO_WON) {
    await moves.getByRole("button", { name: button }).click();
    await expect(current).toHaveText(`Current stage: ${stage}`);
  }
  // A won deal can only be reopened or archived.
  await expect(moves.getByRole("button")).toHaveText(["Reopen as qualified", "Archive"]);
}

/** Adds `notes` to the lead's thread, one by one; each shows with its author, oldest first. */
export async function addNotes(page: Page, notes: string[], author: string): Promise<void> {
  const form = page.getByRole("form", { name: "Add a note" });
  const thread = page.getByRole("list", { name: "Notes" });
  const before = await thread.getByRole("listitem").count();
  for (const [i, text] of notes.entries()) {
    await form.getByLabel("New note").fill(text);
    await form.getByRole("button", { name: "Add note" }).click();
    await expect(thread.getByRole("listitem")).toHaveCount(before + i + 1);
    await expect(form.getByLabel("New note")).toHaveValue("");
  }
  for (const [i, text] of notes.entries()) {
    await expect(thread.getByRole("listitem").nth(before + i)).toContainText(text);
    await expect(thread.getByRole("listitem").nth(before + i)).toContainText(author);
  }
}

/** After a reload: the history lists every move to won, each with who made it. */
export async function expectHistoryToWon(page: Page, author: string): Promise<void> {
  await page.reload();
  const history = page.getByRole("list", { name: "Stage history" });
  await expect(history.getByRole("listitem")).toHaveCount(MOVES_TO_WON.length);
  const from = ["New", ...MOVES_TO_WON.map(([, stage]) => stage)];
  for (const [i, [, stage]] of MOVES_TO_WON.entries()) {
    await expect(history.getByRole("listitem").nth(i)).toContainText(`${from[i]} → ${stage}`);
    await expect(history.getByRole("listitem").nth(i)).toContainText(`by ${author}`);
  }
  await expect(page.getByText("Current stage: Won")).toBeVisible();
}
