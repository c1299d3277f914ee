import { appLink, deliver } from "@/lib/mail";
import { CONFIRMATION_TTL_MS } from "./email-confirmation";
import { safeNextPath } from "./safe-next";

/**
 * The link that finishes a sign-up: opening it shows a page whose button confirms (a POST), then
 * goes on to `next` (e.g. the invitation the person signed up from).
 */
export async function sendConfirmationEmail(
  to: string,
  token: string,
  next?: string,
): Promise<void> {
  const path = next ? safeNextPath(next, "") : "";
  await deliver(to, "verify-email", {
    link: appLink(`/auth/confirm/${token}`, { next: path || undefined }),
    hours: CONFIRMATION_TTL_MS / 3_600_000,
  });
}

/**
 * To the owner of an existing account when someone signs up with their address: the sign-up page
 * answered as for a new address (so it reveals nothing), and the owner learns of it here.
 */
export async function sendSignUpAttemptEmail(to: string): Promise<void> {
  await deliver(to, "sign-up-attempt", {
    signInLink: appLink("/sign-in"),
    resetLink: appLink("/forgot-password"),
  });
}
