import { button, escapeHtml, lines, p, page, small, type RenderedMail } from "./layout";

export interface SignUpAttemptData {
  signInLink: string;
  resetLink: string;
}

/** To the owner of an address someone tried to sign up with: sign-up's answer revealed nothing. */
export function signUpAttempt(d: SignUpAttemptData): RenderedMail {
  const subject = "Someone tried to create a Leadscout account with your email";
  const intro =
    "Someone just tried to create a new Leadscout account with this email address, which already has one. Nothing was changed.";
  const forgot = `Forgot your password? Choose a new one: ${d.resetLink}`;
  const outro =
    "If it was not you, you can ignore this email; your password still protects your account.";
  return {
    subject,
    text: lines(intro, `If it was you, sign in instead: ${d.signInLink}`, forgot, outro),
    html: page(
      subject,
      p(escapeHtml(intro)) +
        button("Sign in", d.signInLink) +
        p(`Forgot your password? <a href="${escapeHtml(d.resetLink)}">Choose a new one</a>.`) +
        small(escapeHtml(outro)),
    ),
  };
}
