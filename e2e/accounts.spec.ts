import { expect, test } from "./test";
import { followMailedLink, PASSWORD, signIn, signUp, uniqueEmail } from "./helpers";

// Accounts (docs/accounts.md): password reset from the development mailbox, and a newcomer who
// verifies their address from it before joining an organization they were invited to.

test("forgot password → reset from /dev/mail → sign in with the new password; the old session is gone", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("rita");
  await signUp(page, { path: "/sign-up", name: "Rita Reset", email });
  await expect(page).toHaveURL(/\/dashboard/);

  // A second browser asks for the reset while the first stays signed in.
  const other = await (await browser.newContext()).newPage();
  await other.goto("/sign-in");
  await expect(other.getByRole("link", { name: "Forgot password?" })).toHaveAttribute(
    "href",
    "/forgot-password",
  );
  // Loaded, not reached by the client-side link: a field filled the instant a client navigation
  // shows it can be replaced as the page's streamed part lands, and lose what was typed.
  await other.goto("/forgot-password");
  await other.getByLabel("Email").fill(email);
  await other.getByRole("button", { name: "Send reset link" }).click();
  await expect(other.getByRole("status")).toContainText("If an account uses that address");

  await followMailedLink(other, email, /\/reset-password\//);
  await expect(other.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  const newPassword = `${PASSWORD} renewed`;
  await other.getByLabel("New password").fill(newPassword);
  await other.getByRole("button", { name: "Set new password" }).click();
  await expect(other).toHaveURL(/\/sign-in\?reset=done/);
  await expect(other.getByRole("status")).toContainText("Password changed");

  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill(newPassword);
  await other.getByRole("button", { name: /sign in/i }).click();
  await expect(other).toHaveURL(/\/dashboard/);

  // The first browser's session ended with the reset.
  await page.goto("/settings/account");
  await expect(page).toHaveURL(/\/sign-in/);

  // The link was spent.
  await followMailedLink(other, email, /\/reset-password\//);
  await expect(other.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await other.context().close();
});

test("sign up → verify from the dev mailbox → accept an invitation", async ({ page, browser }) => {
  const adminEmail = uniqueEmail("ines");
  const inviteeEmail = uniqueEmail("newt");
  await signUp(page, { path: "/sign-up", name: "Ines Inviter", email: adminEmail });
  const orgName = (await page.getByRole("heading", { level: 1 }).textContent())?.trim();
  await page.goto("/settings/team");
  const invite = page.getByRole("form", { name: "Invite a teammate" });
  await invite.getByLabel("Email address").fill(inviteeEmail);
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByLabel("Invitation link")).toBeVisible();

  // The newcomer signs up, signs in before verifying, and is told to verify first.
  const newt = await (await browser.newContext()).newPage();
  await newt.goto("/sign-up");
  await newt.getByLabel("Full name").fill("Newt Newcomer");
  await newt.getByLabel("Work email").fill(inviteeEmail);
  await newt.getByLabel("Password").fill(PASSWORD);
  await newt.getByRole("button", { name: "Create account" }).click();
  await expect(newt.getByRole("status")).toContainText("Check your inbox");
  await signIn(newt, inviteeEmail);
  await newt.goto("/settings/account");
  await expect(newt.getByRole("heading", { name: "Verify your email" })).toBeVisible();

  await followMailedLink(newt, inviteeEmail, /\/auth\/confirm\//);
  await newt.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(newt).toHaveURL(/\/dashboard/);
  await newt.goto("/settings/account");
  await expect(newt.getByRole("heading", { name: "Profile" })).toBeVisible();
  await expect(newt.getByRole("heading", { name: "Verify your email" })).toHaveCount(0);

  await followMailedLink(newt, inviteeEmail, /\/invite\//);
  await newt.getByRole("button", { name: `Join ${orgName}` }).click();
  await expect(newt).toHaveURL(/\/dashboard/);
  await expect(newt.getByRole("heading", { level: 1, name: orgName! })).toBeVisible();
  await newt.context().close();
});
