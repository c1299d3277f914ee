import { button, escapeHtml, lines, p, page, small, type RenderedMail } from "./layout";

export interface InvitationData {
  inviteeEmail: string;
  orgName: string;
  inviterEmail: string;
  role: string;
  link: string;
  expiresAt: Date;
}

export function invitation(d: InvitationData): RenderedMail {
  const subject = `${d.inviterEmail} invited you to ${d.orgName} on Leadscout`;
  const article = /^[aeiou]/i.test(d.role) ? "an" : "a";
  const intro = `${d.inviterEmail} invited you to join ${d.orgName} on Leadscout as ${article} ${d.role}.`;
  const outro = `The link works once and expires on ${d.expiresAt.toUTCString()}. Sign up or sign in with ${d.inviteeEmail} to accept it.`;
  return {
    subject,
    link: d.link,
    text: lines(intro, `Accept the invitation: ${d.link}`, outro),
    html: page(
      subject,
      p(
        `${escapeHtml(d.inviterEmail)} invited you to join <strong>${escapeHtml(d.orgName)}</strong> on Leadscout as ${article} ${escapeHtml(d.role)}.`,
      ) +
        button("Accept the invitation", d.link) +
        small(escapeHtml(outro)),
    ),
  };
}
