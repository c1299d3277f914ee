import { renderToString } from "react-dom/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { asServiceRole } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { deliver, devMailboxEnabled, listDevMail, renderMail } from "@/lib/mail";
import { unique, useTestDb } from "../helpers/db";
import { startSmtpSink } from "./smtp-sink";

useTestDb();

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());
const saved = { NODE_ENV: process.env.NODE_ENV };
afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.DEV_MAILBOX;
  (process.env as Record<string, string | undefined>).NODE_ENV = saved.NODE_ENV;
  resetEnvForTests();
});
const setEnv = (vars: Record<string, string>) => {
  Object.assign(process.env, vars);
  resetEnvForTests();
};

const invitation = (to: string) => ({
  inviteeEmail: to,
  orgName: `Acme <script>alert(1)</script> & Co`,
  inviterEmail: "ada@example.com",
  role: "admin",
  link: "http://127.0.0.1:3000/invite/abc?x=1&y=2",
  expiresAt: new Date("2030-01-02T03:04:05Z"),
});

describe("deliver", () => {
  it("without SMTP keeps the message for the development mailbox, link and all", async () => {
    const to = `${unique("kept")}@example.com`;
    expect(await deliver(to, "invitation", invitation(to))).toBe("dev-mailbox");

    const [m, ...rest] = await listDevMail({ to: to.toUpperCase() });
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ to, template: "invitation" });
    expect(m!.subject).toBe(
      "ada@example.com invited you to Acme <script>alert(1)</script> & Co on Leadscout",
    );
    expect(m!.text).toContain("Accept the invitation: http://127.0.0.1:3000/invite/abc?x=1&y=2");
    // The HTML part escapes what people typed (an organization's name) and the link's query.
    expect(m!.html).toContain("Acme &#60;script&#62;alert(1)&#60;/script&#62; &#38; Co");
    expect(m!.html).not.toContain("<script>");
    expect(m!.html).toContain('href="http://127.0.0.1:3000/invite/abc?x=1&#38;y=2"');
    expect(sink.inbox.some((r) => r.to.includes(to))).toBe(false);
  });

  it("writes the kept message's link to the server log, and nothing of its body", async () => {
    const to = `${unique("logged")}@example.com`;
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    process.env.LOG_LEVEL = "info";
    try {
      await deliver(to, "password-reset", {
        link: "http://x.test/reset-password/tok",
        minutes: 30,
      });
    } finally {
      delete process.env.LOG_LEVEL;
      spy.mockRestore();
    }
    const entry = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.msg === "mail.kept");
    expect(entry).toMatchObject({
      to: [to],
      template: "password-reset",
      subject: "Reset your Leadscout password",
      link: "http://x.test/reset-password/tok",
    });
    expect(Object.keys(entry!).sort()).toEqual(
      ["level", "link", "msg", "subject", "template", "time", "to"].sort(),
    );
  });

  it("with SMTP_URL sends a text and an HTML part over SMTP and keeps nothing", async () => {
    setEnv({ SMTP_URL: sink.url });
    const to = `${unique("sent")}@example.com`;
    expect(
      await deliver(to, "password-reset", { link: "http://x.test/reset-password/t", minutes: 30 }),
    ).toBe("smtp");
    const got = sink.inbox.find((r) => r.to.includes(to));
    expect(got?.parsed.subject).toBe("Reset your Leadscout password");
    expect(got?.parsed.text).toContain("Choose a new password: http://x.test/reset-password/t");
    expect(got?.parsed.text).toContain("30 minutes");
    expect(got?.parsed.html).toContain('href="http://x.test/reset-password/t"');
    expect(await listDevMail({ to })).toEqual([]);
  });

  it("sends one message to several admins (notifications)", async () => {
    const a = `${unique("a")}@example.com`;
    const b = `${unique("b")}@example.com`;
    await deliver([a, b], "notification", {
      subject: "Something happened",
      paragraphs: ["First.", "Second."],
      action: { label: "Look", url: "http://x.test/settings" },
    });
    for (const to of [a, b]) {
      const [m] = await listDevMail({ to });
      expect(m?.text).toBe("First.\n\nSecond.\n\nLook: http://x.test/settings\n");
    }
  });

  it("fails loudly when the SMTP server cannot be reached, and keeps nothing", async () => {
    setEnv({ SMTP_URL: "smtp://127.0.0.1:1" });
    const to = `${unique("down")}@example.com`;
    await expect(
      deliver(to, "verify-email", { link: "http://x.test/c", hours: 24 }),
    ).rejects.toThrow();
    expect(await listDevMail({ to })).toEqual([]);
  });
});

describe("templates", () => {
  it("every template has a subject, a plain-text part with its link, and an HTML part", () => {
    const link = "http://x.test/l";
    const all = [
      renderMail("verify-email", { link, hours: 24 }),
      renderMail("verify-email", { link, hours: 24, change: true }),
      renderMail("password-reset", { link, minutes: 30 }),
      renderMail("invitation", { ...invitation("i@x.test"), link }),
      renderMail("sign-up-attempt", { signInLink: link, resetLink: "http://x.test/forgot" }),
      renderMail("notification", {
        subject: "S",
        paragraphs: ["p"],
        action: { label: "Go", url: link },
      }),
    ];
    for (const m of all) {
      expect(m.subject.length).toBeGreaterThan(0);
      expect(m.text).toContain(link);
      expect(m.html).toMatch(/^<!doctype html>/);
      expect(m.html).toContain(`href="${link}"`);
    }
  });
});

describe("the development mailbox page", () => {
  it("is on in development, off in production unless DEV_MAILBOX=on, off anywhere with DEV_MAILBOX=off", () => {
    setEnv({ NODE_ENV: "development" });
    expect(devMailboxEnabled()).toBe(true);
    setEnv({ NODE_ENV: "production" });
    expect(devMailboxEnabled()).toBe(false);
    setEnv({ NODE_ENV: "production", DEV_MAILBOX: "on" });
    expect(devMailboxEnabled()).toBe(true);
    setEnv({ NODE_ENV: "development", DEV_MAILBOX: "off" });
    expect(devMailboxEnabled()).toBe(false);
  });

  it("renders kept messages with clickable links, and 404s in production", async () => {
    const { default: DevMailPage } = await import("@/app/dev/mail/page");
    const to = `${unique("page")}@example.com`;
    await deliver(to, "verify-email", {
      link: "http://127.0.0.1:3000/auth/confirm/tok",
      hours: 24,
    });
    const html = renderToString(await DevMailPage({ searchParams: Promise.resolve({ to }) }));
    expect(html).toContain("Confirm your email for Leadscout");
    expect(html).toContain('href="http://127.0.0.1:3000/auth/confirm/tok"');

    setEnv({ NODE_ENV: "production" });
    await expect(DevMailPage({ searchParams: Promise.resolve({}) })).rejects.toThrow(
      /NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/,
    );
  });

  it("is not readable by signed-in users (service role only)", async () => {
    const denied = await asServiceRole(async (tx) => {
      const { sql } = await import("kysely");
      const r = await sql<{
        ok: boolean;
      }>`select has_table_privilege('authenticated', 'public.dev_mail', 'select') as ok`.execute(
        tx,
      );
      return r.rows[0]!.ok;
    });
    expect(denied).toBe(false);
  });
});
