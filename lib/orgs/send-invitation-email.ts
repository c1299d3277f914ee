import nodemailer from "nodemailer";
import type { Role } from "@/lib/db";

export interface InvitationEmail {
  to: string;
  orgName: string;
  inviterEmail: string;
  role: Role;
  link: string;
  expiresAt: Date;
}

/**
 * Sends one invitation over SMTP. A transport per call: nothing outlives the request, and an
 * SMTP_URL change takes effect without a restart. Timeouts keep a dead server from holding the
 * caller's transaction open.
 */
export async function sendInvitationEmail(
  smtpUrl: string,
  from: string,
  mail: InvitationEmail,
): Promise<void> {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 10_000,
  });
  try {
    const expires = mail.expiresAt.toUTCString();
    await transport.sendMail({
      from,
      to: mail.to,
      subject: `${mail.inviterEmail} invited you to ${mail.orgName} on Leadscout`,
      text: [
        `${mail.inviterEmail} invited you to join ${mail.orgName} on Leadscout as ${article(mail.role)} ${mail.role}.`,
        "",
        `Accept the invitation: ${mail.link}`,
        "",
        `The link works once and expires on ${expires}. Sign up or sign in with ${mail.to} to accept it.`,
      ].join("\n"),
      html: `<p>${escapeHtml(mail.inviterEmail)} invited you to join <strong>${escapeHtml(mail.orgName)}</strong> on Leadscout as ${article(mail.role)} ${mail.role}.</p>
<p><a href="${escapeHtml(mail.link)}">Accept the invitation</a></p>
<p>The link works once and expires on ${escapeHtml(expires)}. Sign up or sign in with ${escapeHtml(mail.to)} to accept it.</p>`,
    });
  } finally {
    transport.close();
  }
}

const article = (role: Role) => (role === "admin" ? "an" : "a");

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
