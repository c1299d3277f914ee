import { button, escapeHtml, lines, p, page, small, type RenderedMail } from "./layout";

export interface VerifyEmailData {
  link: string;
  /** Set when the address is the new one of an existing account (an email change). */
  change?: boolean;
  hours: number;
}

export function verifyEmail(d: VerifyEmailData): RenderedMail {
  const subject = d.change
    ? "Confirm your new email for Leadscout"
    : "Confirm your email for Leadscout";
  const intro = d.change
    ? "You asked to use this address for your Leadscout account. It takes effect once you confirm it."
    : "Someone (hopefully you) created a Leadscout account with this email address.";
  const outro = `The link works once, for ${d.hours} hours. If it was not you, ignore this email: nothing changes without it.`;
  return {
    subject,
    link: d.link,
    text: lines(intro, `Confirm it: ${d.link}`, outro),
    html: page(
      subject,
      p(escapeHtml(intro)) + button("Confirm my email", d.link) + small(escapeHtml(outro)),
    ),
  };
}
