import { readFile } from "node:fs/promises";
import { expect, test } from "./test";
import { signUp, uniqueEmail } from "./helpers";

// A sales team's inbound: an admin makes a form, a prospect sends it (with a file) from the hosted
// page, and the team sees the lead, both emails, and downloads the file.
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

test("inbound: a form is created, a prospect sends it with a file, the team gets the lead", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = uniqueEmail("ines");
  const prospect = uniqueEmail("prospect");
  await signUp(page, { path: "/sign-up", name: "Ines Inbound", email: admin });
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
});
