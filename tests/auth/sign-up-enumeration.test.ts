import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { memoryCookieJar } from "@/lib/auth";
import { asServiceRole, withUser } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { unique, useTestDb } from "../helpers/db";
import { PASSWORD, signUpConfirmed, testLocalEngine } from "./helpers";

useTestDb();

// Sign-up answers the same whether or not the address has an account (security #16 item 14).
// With mail configured, local auth confirms addresses: every sign-up answers "check your inbox";
// a new address gets a confirmation link, the owner of a taken one an email saying someone tried.

interface Received {
  to: string[];
  body: string;
}
const inbox: Received[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, done) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      // Undo quoted-printable (soft line breaks, =XX escapes) so links read whole.
      const body = Buffer.concat(chunks)
        .toString("utf8")
        .replace(/=\r?\n/g, "")
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
      done();
    });
  },
});
let port = 0;
beforeAll(async () => {
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
afterEach(() => {
  delete process.env.SMTP_URL;
  resetEnvForTests();
});
function useSmtp(): void {
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  resetEnvForTests();
}

const mailTo = (email: string) => inbox.filter((m) => m.to.includes(email));
const linkToken = (m: Received | undefined) =>
  /\/auth\/confirm\/([A-Za-z0-9_-]{43})/.exec(m?.body ?? "")?.[1];
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? "thrown",
  );

describe("sign-up with SMTP configured", () => {
  it("answers a new and a taken address alike, and tells the taken one's owner", async () => {
    const { engine } = testLocalEngine();
    const taken = `${unique("owner")}@example.com`;
    await signUpConfirmed(engine, { email: taken, password: PASSWORD }); // before SMTP
    useSmtp();

    const fresh = `${unique("fresh")}@example.com`;
    const answers = [
      await engine.signUp({ email: fresh, password: PASSWORD }, memoryCookieJar()),
      await engine.signUp({ email: taken, password: "an attacker's pick" }, memoryCookieJar()),
    ];
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[0]).toEqual({ session: null, confirmationSent: true });

    expect(linkToken(mailTo(fresh)[0])).toBeDefined();
    const notice = mailTo(taken);
    expect(notice).toHaveLength(1);
    expect(notice[0]!.body).toContain("already has one");
    expect(linkToken(notice[0])).toBeUndefined();

    // The existing account is untouched: one row, the owner's password still the one that works.
    const rows = await asServiceRole((tx) =>
      tx.selectFrom("auth.users").select("id").where("email", "=", taken).execute(),
    );
    expect(rows).toHaveLength(1);
    const signIn = (password: string) =>
      outcome(engine.signIn({ email: taken, password }, memoryCookieJar()));
    expect(await signIn("an attacker's pick")).toBe("unauthenticated");
    expect(await signIn(PASSWORD)).toBe("ok");
  });

  it("lets a new account look around without credits until its link is confirmed, then grants them", async () => {
    const { engine } = testLocalEngine();
    useSmtp();
    const email = `${unique("confirm")}@example.com`;
    await engine.signUp({ email, password: PASSWORD, fullName: "Cora" }, memoryCookieJar(), {
      next: "/invite/abc",
    });
    const token = linkToken(mailTo(email)[0])!;
    // The link leads on to where the person signed up from (an invitation), checked as a path.
    expect(mailTo(email)[0]!.body).toContain(`/auth/confirm/${token}?next=%2Finvite%2Fabc`);

    // Before following the link the password signs in to look around: an organization of its
    // own, but no starting credits yet.
    const early = await engine.signIn({ email, password: PASSWORD }, memoryCookieJar());
    const balance = () =>
      withUser(early.claims, (tx) =>
        tx
          .selectFrom("organizations as o")
          .innerJoin("credits as c", "c.org_id", "o.id")
          .select(["o.name", "c.balance"])
          .execute(),
      );
    expect(await balance()).toEqual([{ name: "Cora's organization", balance: 0 }]);

    const jar = memoryCookieJar();
    const session = await engine.confirmSignUp(token, jar);
    expect((await engine.readSession(jar))?.user.email).toBe(email);
    const orgs = await withUser(session.claims, (tx) =>
      tx
        .selectFrom("organizations as o")
        .innerJoin("credits as c", "c.org_id", "o.id")
        .select(["o.name", "c.balance"])
        .execute(),
    );
    expect(orgs).toEqual([{ name: "Cora's organization", balance: 100 }]);
    // The link works once.
    expect(await outcome(engine.confirmSignUp(token, memoryCookieJar()))).toBe("not_found");
    expect(await outcome(engine.signIn({ email, password: PASSWORD }, memoryCookieJar()))).toBe(
      "ok",
    );
  });

  it("lets a second sign-up for a pending address replace the password and the link", async () => {
    const { engine } = testLocalEngine();
    useSmtp();
    const email = `${unique("pending")}@example.com`;
    await engine.signUp({ email, password: "first password" }, memoryCookieJar());
    await engine.signUp({ email, password: "second password" }, memoryCookieJar());
    const [first, second] = mailTo(email).map(linkToken);
    expect(first && second && first !== second).toBe(true);

    expect(await outcome(engine.confirmSignUp(first!, memoryCookieJar()))).toBe("not_found");
    await engine.confirmSignUp(second!, memoryCookieJar());
    const signIn = (password: string) =>
      outcome(engine.signIn({ email, password }, memoryCookieJar()));
    expect(await signIn("first password")).toBe("unauthenticated");
    expect(await signIn("second password")).toBe("ok");
  });
});
