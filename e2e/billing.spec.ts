import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { expect, test, type Page } from "./test";
import { openNewJob } from "./dashboard";
import { screenshot, signUp, uniqueEmail } from "./helpers";
import { STRIPE_E2E } from "./stripe/config";

// A Free organization runs out of credits and upgrades through (local) Stripe Checkout: the admin
// follows the banner's Upgrade to the plan cards, is sent to the Checkout page the local Stripe
// serves (e2e/stripe/serve.ts), pays; the local Stripe posts the signed events to the app's
// webhook and redirects back, and the page shows Pro with its allowance. A member of the same
// organization then sees the plan and balance, without a single billing button.

// Websites that accept the connection and never answer: a job on them holds its credits for as
// long as the test runs, which is how the organization's whole balance gets spoken for.
let hanging: Server;
const sockets = new Set<Socket>();
test.beforeAll(async () => {
  hanging = createServer(() => {});
  hanging.on("connection", (s) => sockets.add(s));
  await new Promise<void>((r) => hanging.listen(0, "127.0.0.1", r));
});
test.afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => hanging?.close(r));
});

const summary = (page: Page) => page.getByRole("region", { name: "Plan and credits" });
const BILLING_BUTTONS = /upgrade|downgrade|buy|credits ·|portal|pay|save/i;

test("a Free admin out of credits upgrades to Pro through Checkout; a member sees no buttons", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);

  await test.step("a Free admin's job holds all 100 credits", async () => {
    await signUp(page, { path: "/sign-up", name: "Bea Billing", email: uniqueEmail("bea") });
    await expect(page).toHaveURL(/\/dashboard/);
    const { port } = hanging.address() as AddressInfo;
    // 50 URLs at 2 credits each (scrape + enrich; Free scores by rules, at no cost) = 100.
    const urls = Array.from({ length: 50 }, (_, i) => `http://127.0.0.1:${port}/site-${i}`);
    const form = await openNewJob(page);
    await form.getByRole("tab", { name: "List" }).click();
    await form.getByLabel("Website URLs, one per line").fill(urls.join("\n"));
    await form.getByRole("button", { name: "Start job" }).click();
    await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
  });

  await test.step("the Billing page says out of credits; Upgrade leads to the plans", async () => {
    await page.goto("/settings/billing");
    await expect(summary(page)).toContainText("Free");
    const banner = page.getByRole("alert").filter({ hasText: "Out of credits" });
    await expect(banner).toBeVisible();
    await screenshot(page, "billing-out-of-credits");
    await banner.getByRole("link", { name: "Upgrade" }).click();
    await expect(page).toHaveURL(/#plans-heading$/);
  });

  await test.step("Upgrade to Pro lands on the local Stripe Checkout page", async () => {
    await page.getByRole("button", { name: "Upgrade to Pro" }).click();
    await expect(page).toHaveURL(new RegExp(`^${STRIPE_E2E.url}/c/pay/cs_test_\\w+$`));
    await expect(page.getByText("leadscout_pro_monthly")).toBeVisible();
  });

  await test.step("paying sends the signed webhooks; the page shows Pro and its allowance", async () => {
    await page.getByRole("button", { name: "Pay" }).click();
    await expect(page).toHaveURL(/\/settings\/billing\?checkout=success$/);
    await expect(summary(page)).toContainText("Pro");
    await expect(summary(page)).toContainText("active");
    // The allowance bucket topped up to Pro's 10,000 (the running job's hold included).
    await expect(summary(page)).toContainText("10,000");
    await expect(page.getByRole("alert").filter({ hasText: "Out of credits" })).toHaveCount(0);
    await expect(page.getByRole("listitem").filter({ hasText: "Current plan" })).toContainText(
      "Pro",
    );
    // The subscription's first invoice, listed from the local Stripe through invoices.list.
    const invoices = page.getByRole("table", { name: "Invoices, newest first" });
    await expect(invoices).toContainText("paid");
    await expect(invoices).toContainText("$149.00");
    await expect(page.getByRole("form", { name: "Auto top-up" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Credits used per day" })).toBeVisible();
    await screenshot(page, "billing-pro");
  });

  const memberEmail = uniqueEmail("max");
  let link = "";
  await test.step("the admin invites a member", async () => {
    await page.goto("/settings/team");
    const invite = page.getByRole("form", { name: "Invite a teammate" });
    await invite.getByLabel("Email address").fill(memberEmail);
    await invite.getByLabel("Role").selectOption("member");
    await invite.getByRole("button", { name: "Send invitation" }).click();
    link = await page.getByLabel("Invitation link").inputValue();
  });

  await test.step("the member sees plan and balance, and no billing buttons", async () => {
    const context = await browser.newContext();
    const member = await context.newPage();
    await member.goto(new URL(link).pathname);
    await signUp(member, { name: "Max Member", email: memberEmail });
    await expect(member).toHaveURL(/\/invite\//);
    await member.getByRole("button", { name: /^Join / }).click();
    await expect(member).toHaveURL(/\/dashboard/);
    await member.goto("/settings/billing");
    await expect(summary(member)).toContainText("Pro");
    await expect(summary(member)).toContainText("10,000");
    await expect(
      member.getByText("Only admins of this organization manage billing."),
    ).toBeVisible();
    await expect(member.getByRole("listitem").filter({ hasText: "Current plan" })).toContainText(
      "Pro",
    );
    await expect(member.getByRole("button", { name: BILLING_BUTTONS })).toHaveCount(0);
    await expect(member.getByRole("region", { name: "Auto top-up" })).toContainText("Off.");
    await expect(member.getByRole("region", { name: "Invoices" })).toHaveCount(0);
    await screenshot(member, "billing-member");
    await context.close();
  });
});

test("the yearly toggle prices the plans by the year and sells the yearly price", async ({
  page,
}) => {
  await signUp(page, { path: "/sign-up", name: "Yan Yearly", email: uniqueEmail("yan") });
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto("/settings/billing");
  const starter = page.getByRole("listitem").filter({ hasText: "Upgrade to Starter" });
  await expect(starter).toContainText("$49 a month");
  await page.getByRole("radio", { name: /Yearly/ }).check();
  await expect(starter).toContainText("$490 a year");
  await starter.getByRole("button", { name: "Upgrade to Starter" }).click();
  await expect(page).toHaveURL(new RegExp(`^${STRIPE_E2E.url}/c/pay/cs_test_\\w+$`));
  await expect(page.getByText("leadscout_starter_yearly")).toBeVisible();
  // Back without paying: nothing changed.
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page).toHaveURL(/\/settings\/billing\?checkout=cancelled$/);
  await expect(summary(page)).toContainText("Free");
});
