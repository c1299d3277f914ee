import { button, escapeHtml, lines, p, page, small, type RenderedMail } from "./layout";

export interface PasswordResetData {
  link: string;
  minutes: number;
}

export function passwordReset(d: PasswordResetData): RenderedMail {
  const subject = "Reset your Leadscout password";
  const intro =
    "Someone (hopefully you) asked to reset the password of the Leadscout account with this email address.";
  const outro = `The link works once, for ${d.minutes} minutes; asking again replaces it. Choosing a new password signs you out everywhere else. If it was not you, ignore this email: your password stays as it is.`;
  return {
    subject,
    link: d.link,
    text: lines(intro, `Choose a new password: ${d.link}`, outro),
    html: page(
      subject,
      p(escapeHtml(intro)) + button("Choose a new password", d.link) + small(escapeHtml(outro)),
    ),
  };
}
