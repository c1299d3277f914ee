import { expect, test } from "./test";
import { screenshot, signIn, signUp, uniqueEmail } from "./helpers";

// The foundation journey: an admin signs up, invites a viewer; the viewer opens the link, confirms
// on a page that names the organization and the inviter, and sees the organization read-only.
test("sign up, invite a viewer, viewer sees the organization read-only", async ({
  page,
  browser,
}) => {
  const adminEmail = uniqueEmail("ada");
  const viewerEmail = uniqueEmail("vic");

  await signUp(page, { path: "/sign-up", name: "Ada Admin", email: adminEmail });
  await expect(page).toHaveURL(/\/dashboard/);
  const orgName = (await page.getByRole("heading", { level: 1 }).textContent())?.trim();
  expect(orgName).toBeTruthy();
  await expect(page.getByText("Credits left")).toBeVisible();
  await screenshot(page, "dashboard-admin");

  await page.goto("/settings/team");
  const invite = page.getByRole("form", { name: "Invite a teammate" });
  await invite.getByLabel("Email address").fill(viewerEmail);
  await invite.getByLabel("Role").selectOption("viewer");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\//);
  await screenshot(page, "team-admin");

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await viewer.goto(new URL(link).pathname);
  await expect(viewer).toHaveURL(/\/sign-up\?next=/);
  await signUp(viewer, { name: "Vic Viewer", email: viewerEmail });
  // Back on the link: a confirmation naming the organization and the inviter; the GET joined
  // nobody, so the viewer's dashboard is still their own organization's until they confirm.
  await expect(viewer).toHaveURL(/\/invite\//);
  const confirm = viewer.getByRole("region", { name: `Join ${orgName}?` });
  await expect(confirm).toContainText("Ada Admin");
  await expect(confirm).toContainText(adminEmail);
  await expect(confirm).toContainText("viewer");
  await screenshot(viewer, "invite-confirm");
  await viewer.goto("/dashboard");
  await expect(viewer.getByRole("heading", { level: 1, name: orgName! })).toHaveCount(0);
  await viewer.goto(new URL(link).pathname);
  await viewer.getByRole("button", { name: `Join ${orgName}` }).click();
  await expect(viewer).toHaveURL(/\/dashboard/);
  await expect(viewer.getByRole("heading", { level: 1, name: orgName! })).toBeVisible();

  // Sign out and back in: the membership is durable, and the viewer still only reads.
  await viewerContext.clearCookies();
  await signIn(viewer, viewerEmail);
  await expect(viewer.getByRole("heading", { level: 1, name: orgName! })).toBeVisible();
  await expect(viewer.getByText("Viewer").first()).toBeVisible();
  await viewer.goto("/settings/team");
  await expect(viewer.getByRole("list", { name: "Members" })).toContainText(adminEmail);
  await expect(viewer.getByRole("form", { name: "Invite a teammate" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /remove/i })).toHaveCount(0);
  await screenshot(viewer, "team-viewer");
  await viewerContext.close();
});

test("the dashboard is behind sign-in", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard/);
});
