import { sendMail } from "@/lib/mail";
import { safeNextPath } from "./safe-next";

export interface SignUpMailContext {
  smtpUrl: string;
  from: string;
  appUrl: string;
}

const base = (appUrl: string) => appUrl.replace(/\/+$/, "");

/**
 * The link that finishes a sign-up: opening it shows a page whose button confirms (a POST), then
 * goes on to `next` (e.g. the invitation the person signed up from).
 */
export async function sendConfirmationEmail(
  ctx: SignUpMailContext,
  to: string,
  token: string,
  next?: string,
): Promise<void> {
  const path = next ? safeNextPath(next, "") : "";
  const link = `${base(ctx.appUrl)}/auth/confirm/${token}${path ? `?next=${encodeURIComponent(path)}` : ""}`;
  await sendMail(ctx.smtpUrl, {
    from: ctx.from,
    to,
    subject: "Confirm your email for Leadscout",
    text: [
      "Someone (hopefully you) created a Leadscout account with this email address.",
      "",
      `Confirm it to start: ${link}`,
      "",
      "The link works once, for 24 hours. If it was not you, ignore this email: no account is used without it.",
    ].join("\n"),
  });
}

/**
 * To the owner of an existing account when someone signs up with their address: the sign-up page
 * answered as for a new address (so it reveals nothing), and the owner learns of it here.
 */
export async function sendSignUpAttemptEmail(ctx: SignUpMailContext, to: string): Promise<void> {
  await sendMail(ctx.smtpUrl, {
    from: ctx.from,
    to,
    subject: "Someone tried to create a Leadscout account with your email",
    text: [
      "Someone just tried to create a new Leadscout account with this email address, which already has one. Nothing was changed.",
      "",
      `If it was you, sign in instead: ${base(ctx.appUrl)}/sign-in`,
      "",
      "If it was not you, you can ignore this email; your password still protects your account.",
    ].join("\n"),
  });
}
