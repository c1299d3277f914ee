import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { memoryCookieJar, type CookieJar, type Session } from "@/lib/auth";
import { unique, useTestDb } from "../helpers/db";
import { PASSWORD, signUpConfirmed, testLocalEngine } from "./helpers";

// Settings › Account as the server renders it: the verification banner only for an unverified
// account, the profile, email and password forms, and the sessions with this browser marked.

const t = testLocalEngine();
const current: { session: Session | null; jar: CookieJar | null } = { session: null, jar: null };
vi.mock("@/app/(dashboard)/request-context", () => ({
  loadDashboardContext: async () => ({ session: current.session, current: null, memberships: [] }),
}));
vi.mock("@/lib/auth", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth")>()),
  listSessions: () => t.engine.listSessions(current.jar!),
}));
const { default: AccountPage } = await import("@/app/(dashboard)/settings/account/page");
useTestDb();

const render = async () => renderToString((await AccountPage())!);

describe("Settings › Account page", () => {
  it("shows a verified account its forms and sessions, without the banner", async () => {
    const jar = memoryCookieJar();
    const email = `${unique("page")}@example.com`;
    current.session = await signUpConfirmed(
      t.engine,
      { email, password: PASSWORD, fullName: "Pia Page" },
      jar,
    );
    current.jar = jar;
    await t.engine.signIn({ email, password: PASSWORD }, memoryCookieJar(), {
      userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/140.0 Safari/537.36",
      ip: "198.51.100.7",
    });
    const html = await render();
    expect(html).not.toContain("Verify your email");
    expect(html).toContain(`You sign in with ${email}`);
    expect(html).toContain('value="Pia Page"');
    expect(html).toContain("This browser");
    expect(html).toContain("Chrome on Windows");
    expect(html).toContain("198.51.100.7");
    expect(html).toContain("Sign out everywhere else");
  });

  it("tells an unverified account what it cannot do yet, with a way to get a new link", async () => {
    const jar = memoryCookieJar();
    const email = `${unique("unv")}@example.com`;
    await t.engine.signUp({ email, password: PASSWORD }, memoryCookieJar());
    current.session = await t.engine.signIn({ email, password: PASSWORD }, jar);
    current.jar = jar;
    const html = await render();
    expect(html).toContain("Verify your email");
    expect(html).toContain("Send a new link");
    expect(html).toContain("This is your only signed-in session.");
  });
});
