import type { Role } from "@/lib/db";
import { sendMail } from "@/lib/mail";

export interface InvitationEmail {
  to: string;
  orgName: string;
  inviterEmail: string;
  role: Role;
  link: string;
  expiresAt: Date;
}

/** Sends one invitation over SMTP (lib/mail). */
export async function sendInvitationEmail(
  smtpUrl: string,
  from: string,
  mail: InvitationEmail,
): Promise<void> {
  const expires = mail.expiresAt.toUTCString();
  await sendMail(smtpUrl, {
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
}

const article = (role: Role) => (role === "admin" ? "an" : "a");

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
