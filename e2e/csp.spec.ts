import { expect, test, type Page, type Response } from "./test";
import { openNewJob, startJob, waitForJobCompleted } from "./dashboard";
import { signUp, uniqueEmail } from "./helpers";
import { serveSites, startReceiver, type Receiver, type Sites } from "./loopback";

// Every page a visitor can reach — the landing and auth pages, the API reference and its "Try it"
// panel, every dashboard page with real data on it — under the production build's security
// headers: each document carries a nonce-based CSP (no 'unsafe-inline' scripts) and the other
// headers, and the browser reports no CSP violation while the page renders, hydrates and is used.

interface Seeded {
  jobId: string;
  leadId: string;
  webhookId: string;
  inviteLink: string;
}

type Open = (page: Page, s: Seeded) => Promise<void>;
const heading: Open = (page) =>
  expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();

/** One line per page: a name, its path, and what proves it works (JS included) before the check. */
const PAGES: { name: string; path: (s: Seeded) => string; open?: Open }[] = [
  { name: "home", path: () => "/dashboard" },
  { name: "jobs", path: () => "/jobs" },
  { name: "new job dialog", path: () => "/jobs", open: (page) => openNewJob(page).then() },
  { name: "new job page", path: () => "/jobs/new" },
  { name: "job detail", path: (s) => `/jobs/${s.jobId}` },
  { name: "leads", path: () => "/leads" },
  { name: "import leads", path: () => "/leads/import" },
  { name: "lead detail", path: (s) => `/leads/${s.leadId}` },
  { name: "contacts", path: () => "/contacts" },
  { name: "analytics", path: () => "/analytics" },
  { name: "new organization", path: () => "/organizations/new" },
  { name: "settings", path: () => "/settings" },
  { name: "settings: organization", path: () => "/settings/organization" },
  { name: "settings: team", path: () => "/settings/team" },
  { name: "settings: api keys", path: () => "/settings/api-keys" },
  { name: "settings: credits", path: () => "/settings/credits" },
  { name: "settings: scoring", path: () => "/settings/scoring" },
  { name: "settings: webhooks", path: () => "/settings/webhooks" },
  { name: "settings: webhook detail", path: (s) => `/settings/webhooks/${s.webhookId}` },
  { name: "settings: audit log", path: () => "/settings/audit-log" },
  { name: "settings: integrations", path: () => "/settings/integrations" },
  { name: "settings: forms", path: () => "/settings/forms" },
  { name: "settings: provider keys", path: () => "/settings/provider-keys" },
  { name: "settings: billing", path: () => "/settings/billing" },
  { name: "settings: account", path: () => "/settings/account" },
  { name: "API reference", path: () => "/docs/api" },
  { name: "not found", path: () => "/no-such-page" },
];

/** Pages seen signed out, in a context of their own. */
const PUBLIC_PAGES: { name: string; path: (s: Seeded) => string }[] = [
  { name: "landing", path: () => "/" },
  { name: "sign in", path: () => "/sign-in" },
  { name: "sign up", path: () => "/sign-up" },
  { name: "forgot password", path: () => "/forgot-password" },
  { name: "reset password (dead link)", path: () => "/reset-password/not-a-live-token" },
  { name: "email change confirmation", path: () => "/auth/email-change/not-a-live-token" },
  { name: "development mailbox", path: () => "/dev/mail" },
  { name: "invitation", path: (s) => new URL(s.inviteLink).pathname },
  { name: "API reference (signed out)", path: () => "/docs/api" },
];

const VIOLATIONS = "__cspViolations";

/**
 * Collects the page's CSP violations twice over: the console messages Chromium prints for them
 * and the `securitypolicyviolation` events (recorded by a script Playwright injects, which CSP
 * does not govern).
 */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(msg.text()))
      seen.push(`console: ${msg.text()}`);
  });
  await page.addInitScript((key) => {
    const list: string[] = [];
    (window as unknown as Record<string, string[]>)[key] = list;
    document.addEventListener("securitypolicyviolation", (e) =>
      list.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile})`),
    );
  }, VIOLATIONS);
  return async () => [
    ...seen.splice(0),
    ...(await page
      .evaluate(
        (key) => (window as unknown as Record<string, string[]>)[key]?.splice(0) ?? [],
        VIOLATIONS,
      )
      .catch(() => [] as string[])),
  ];
}

function expectSecurityHeaders(res: Response | null, where: string): void {
  expect(res, where).not.toBeNull();
  const h = res!.headers();
  const csp = h["content-security-policy"] ?? "";
  const script = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? "";
  expect(script, `${where}: script-src`).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(script, `${where}: script-src`).not.toContain("'unsafe-inline'");
  expect(script, `${where}: script-src`).not.toContain("'unsafe-eval'");
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toContain("object-src 'none'");
  expect(h["strict-transport-security"], where).toMatch(/max-age=\d{7,}/);
  expect(h["x-content-type-options"], where).toBe("nosniff");
  expect(h["referrer-policy"], where).toMatch(/^(no-referrer|strict-origin(-when-cross-origin)?)$/);
}

/** Goes to `path` and checks the headers of the document the browser finally landed on (after
 * redirects; a 404 page is a document too). */
async function visit(page: Page, path: string, where: string): Promise<void> {
  const landed = page.waitForResponse(
    (r) =>
      r.request().isNavigationRequest() &&
      r.request().frame() === page.mainFrame() &&
      (r.status() < 300 || r.status() >= 400),
  );
  await page.goto(path);
  expectSecurityHeaders(await landed, where);
}

let page: Page;
let violations: () => Promise<string[]>;
let sites: Sites;
let receiver: Receiver;
let seeded: Seeded;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  sites = await serveSites(1);
  receiver = await startReceiver();
  page = await (await browser.newContext()).newPage();
  violations = await watch(page);
  await signUp(page, { path: "/sign-up", name: "Cesar Policy", email: uniqueEmail("cesar") });
  await expect(page).toHaveURL(/\/dashboard/);
  const jobId = await startJob(page, sites.urls);
  await waitForJobCompleted(page);
  await page.goto("/leads");
  const leadHref = await page
    .getByRole("table")
    .locator("tbody")
    .getByRole("link")
    .first()
    .getAttribute("href");

  await page.goto("/settings/webhooks");
  const hook = page.getByRole("form", { name: "Add endpoint" });
  await hook.getByLabel("Endpoint URL").fill(receiver.url);
  await hook.getByRole("button", { name: "Add endpoint" }).click();
  await page
    .getByRole("dialog", { name: "Endpoint added" })
    .getByRole("button", { name: "I have copied it" })
    .click();
  const hookHref = await page.getByRole("link", { name: receiver.url }).getAttribute("href");

  await page.goto("/settings/team");
  const invite = page.getByRole("form", { name: "Invite a teammate" });
  await invite.getByLabel("Email address").fill(uniqueEmail("invitee"));
  await invite.getByRole("button", { name: "Send invitation" }).click();
  const inviteLink = await page.getByLabel("Invitation link").inputValue();

  seeded = {
    jobId,
    leadId: leadHref!.split("/").at(-1)!,
    webhookId: hookHref!.split("/").at(-1)!,
    inviteLink,
  };
  // Signing up, running a job and the settings forms happened under the policy too.
  expect(await violations(), "while seeding").toEqual([]);
});

test.afterAll(async () => {
  await page?.context().close();
  await sites?.close();
  await receiver?.close();
});

for (const p of PAGES) {
  test(`csp: ${p.name}`, async () => {
    await visit(page, p.path(seeded), p.name);
    await (p.open ?? heading)(page, seeded);
    expect(await violations(), `${p.name} (${page.url()})`).toEqual([]);
  });
}

test("csp: public pages, signed out", async ({ browser }) => {
  const guest = await (await browser.newContext()).newPage();
  const guestViolations = await watch(guest);
  for (const p of PUBLIC_PAGES) {
    await visit(guest, p.path(seeded), p.name);
    await heading(guest, seeded);
    expect(await guestViolations(), `${p.name} (${guest.url()})`).toEqual([]);
  }
  await guest.context().close();
});

test("csp: the API reference's Try it panel sends a request and shows the answer", async () => {
  await page.goto("/settings/api-keys");
  const form = page.getByRole("form", { name: "Create API key" });
  await form.getByLabel("Name").fill("Docs try-it");
  await form.getByRole("button", { name: "Create key" }).click();
  const shown = page.getByRole("dialog", { name: "API key created" });
  const key = await shown.getByRole("textbox", { name: "API key" }).inputValue();
  await shown.getByRole("button", { name: "I have copied it" }).click();

  await visit(page, "/docs/api#getMe", "API reference");
  const op = page.locator("section#getMe");
  await op.getByText("Try it").click();
  await op.getByLabel("API key (kept in this tab only)").fill(key);
  await op.getByRole("button", { name: "Send GET" }).click();
  // Only client-side script can put this there: the form has no server-side handler.
  await expect(op.locator("pre")).toContainText("HTTP 200");
  await expect(op.locator("pre")).toContainText('"success": true');
  expect(await violations(), "Try it").toEqual([]);
});
