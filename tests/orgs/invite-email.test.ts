import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { acceptInvitation, createOrganization, inviteMember } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser } from "./fixtures";

useTestDb();

interface Received {
  from: string | undefined;
  to: string[];
  body: string;
}

// A real SMTP server on loopback: nodemailer speaks the full protocol to it.
const inbox: Received[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, done) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      inbox.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
        to: session.envelope.rcptTo.map((r) => r.address),
        body: Buffer.concat(chunks).toString("utf8"),
      });
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

function useSmtp(url: string): void {
  process.env.SMTP_URL = url;
  resetEnvForTests();
}

describe("invitation email", () => {
  it("is sent over SMTP with a working link, and the link is not handed back", async () => {
    useSmtp(`smtp://127.0.0.1:${port}`);
    const admin = await createUser("admin");
    const invitee = await createUser("invitee");
    const org = await createOrganization(admin.claims, { name: "Mailed Co" });

    const result = await inviteMember(admin.claims, org.id, {
      email: invitee.email,
      role: "member",
    });
    expect(result.delivery).toBe("email");
    expect("link" in result).toBe(false);

    const mail = inbox.find((m) => m.to.includes(invitee.email));
    expect(mail?.body).toContain("Mailed Co");
    // Quoted-printable may wrap the long link; undo soft line breaks before reading it.
    const text = mail!.body.replace(/=\r?\n/g, "");
    const token = /\/invite\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
    expect(token).toBeDefined();
    await expect(acceptInvitation(invitee.claims, token!)).resolves.toMatchObject({
      id: org.id,
      role: "member",
    });
  });

  it("leaves no invitation behind when the SMTP server cannot be reached", async () => {
    // A port that was just free: nothing listens there.
    const probe = new SMTPServer({ logger: false });
    probe.listen(0, "127.0.0.1");
    await once(probe.server, "listening");
    const deadPort = (probe.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    useSmtp(`smtp://127.0.0.1:${deadPort}`);

    const admin = await createUser("admin");
    const org = await createOrganization(admin.claims, { name: "Offline Co" });
    await expect(
      inviteMember(admin.claims, org.id, { email: "nobody@example.test", role: "viewer" }),
    ).rejects.toMatchObject({ code: "unavailable" });
    const rows = await asServiceRole((tx) =>
      tx.selectFrom("invitations").select("id").where("org_id", "=", org.id).execute(),
    );
    expect(rows).toEqual([]);
  });
});
