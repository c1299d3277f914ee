import { readFile } from "node:fs/promises";
import { expect, test } from "./test";
import { signUp, uniqueEmail } from "./helpers";
import { addNotes, expectHistoryToWon, moveToWon } from "./lead-pipeline";

// A sales team's inbound desk in one flow: an admin makes a form, a prospect sends it (with a file)
// from the hosted page, and the team sees the lead, both emails, downloads the file, then works
// that same lead through the pipeline to won with notes, and reads its history.
const NAME = "Ines Inbound";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

test("inbound: a form is created, a prospect sends it with a file, the team gets the lead", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = uniqueEmail("ines");
  const prospect = uniqueEmail("prospect");
  await signUp(page, { path: "/sign-up", name: NAME, email: admin });
  await expect(page).toHaveURL(/\/dashboard/);

  let hosted = "";
  await test.step("the admin creates a form that takes a file", async () => {
    await page.goto("/settings/forms");
    await expect(page.getByText("No forms yet")).toBeVisible();
    const create = page.getByRole("form", { name: "Create form" });
    await create.getByLabel("Form name").fill("Talk to sales");
    await create.getByRole("checkbox", { name: /^File/ }).check();
    await create.getByRole("button", { name: "Create form" }).click();
    const entry = page.getByRole("listitem", { name: "Form Talk to sales" });
    await expect(entry).toBeVisible();
    await expect(entry.getByLabel("Embed on your site")).toHaveValue(/^<iframe src="http/);
    hosted = (await entry.getByRole("link", { name: /^\/f\// }).getAttribute("href"))!;
    expect(hosted).toMatch(/^\/f\/talk-to-sales-[a-z0-9]{8}$/);
  });

  await test.step("a prospect, signed out, sends the hosted page with a file", async () => {
    const context = await browser.newContext();
    const visitor = await context.newPage();
    const res = await visitor.goto(hosted);
    // The one page other sites may frame.
    expect(res!.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(res!.headers()["x-frame-options"]).toBeUndefined();
    await expect(visitor.getByRole("heading", { name: "Talk to sales" })).toBeVisible();
    await visitor.getByLabel("Your name").fill("Pia Prospect");
    await visitor.getByLabel(/^Work email/).fill(prospect);
    await visitor.getByLabel("Company").fill("Prospect GmbH");
    await visitor.getByLabel("Message").fill("Please call us about a pilot.");
    await visitor
      .getByLabel(/^Attachment/)
      .setInputFiles({ name: "brief.pdf", mimeType: "application/pdf", buffer: PDF });
    // A person takes a few seconds; the form refuses anything faster (a signed server time).
    await visitor.waitForTimeout(3_500);
    await visitor.getByRole("button", { name: "Send" }).click();
    await expect(visitor.getByRole("status")).toContainText("Thank you");
    await context.close();
  });

  await test.step("the lead is in the list", async () => {
    await page.goto("/leads");
    await expect(page.getByRole("link", { name: "Prospect GmbH" }).first()).toBeVisible();
  });

  await test.step("the prospect got a confirmation and the admin a notification", async () => {
    await page.goto(`/dev/mail?to=${encodeURIComponent(prospect)}`);
    await expect(page.locator("article").first()).toContainText("received your message");
    await page.goto(`/dev/mail?to=${encodeURIComponent(admin)}`);
    await expect(page.locator("article").filter({ hasText: "New inbound lead" })).toContainText(
      "Please call us about a pilot.",
    );
  });

  await test.step("a member downloads the file", async () => {
    await page.goto("/settings/forms");
    const entry = page.getByRole("listitem", { name: "Form Talk to sales" });
    const downloading = page.waitForEvent("download");
    await entry.getByRole("link", { name: "brief.pdf" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("brief.pdf");
    expect(await readFile((await download.path())!)).toEqual(PDF);
  });

  await test.step("the inbound lead moves new → contacted → qualified → proposal → won", async () => {
    await page.goto("/leads");
    await page.getByRole("link", { name: "Prospect GmbH" }).first().click();
    await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Prospect GmbH");
    await moveToWon(page);
  });

  await test.step("the team adds two notes", async () => {
    await addNotes(page, ["Called Pia: pilot for 20 seats", "Signed, kick-off on Monday"], NAME);
  });

  await test.step("the lead's page shows the history of every move, after a reload", async () => {
    await expectHistoryToWon(page, NAME);
    const notes = page.getByRole("list", { name: "Notes" });
    await expect(notes.getByRole("listitem")).toHaveCount(2);
  });
});
