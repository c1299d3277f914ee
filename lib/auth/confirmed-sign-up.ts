import { AppError } from "@/lib/errors";
import { log } from "@leadscout/log";
import { startEmailConfirmation } from "./email-confirmation";
import { hashPassword } from "./password";
import { sendConfirmationEmail, sendSignUpAttemptEmail } from "./sign-up-mail";
import {
  createLocalUser,
  deleteUser,
  EMAIL_TAKEN_MESSAGE,
  findLocalUserByEmail,
  discardUnverifiedUser,
} from "./users";

const MAIL_FAILED = "We could not send you an email just now. Try again in a moment.";

/**
 * Local sign-up: every message goes out (SMTP) or to the development mailbox, so every address is
 * confirmed by a link and the answer is the same for every address — "check your inbox" — saying
 * nothing about which ones have an account. Each case does the same work (one password hash, one email):
 *   - a new address gets an unconfirmed account and a confirmation link;
 *   - an address with a pending (unverified) account: that account and what it made while looking
 *     around are discarded, and the newest sign-up starts afresh with a new link (so whoever
 *     registered the address first cannot leave a webhook or a session behind for its owner);
 *   - an address with a confirmed account: nothing changes, and its owner gets an email saying
 *     someone tried.
 */
export async function signUpWithConfirmation(
  input: { email: string; password: string; fullName?: string },
  now: Date,
  next?: string,
): Promise<void> {
  const { email, password } = input;
  const existing = await findLocalUserByEmail(email);
  if (existing?.email_confirmed_at) return tellOwner(existing.id, email, password);

  if (existing) await discardUnverifiedUser(existing.id);
  let userId: string;
  try {
    userId = (await createLocalUser(input, { confirmed: false })).id;
  } catch (err) {
    // Someone confirmed-or-created the address a moment ago: treat it as taken, silently.
    if (err instanceof AppError && err.fields?.email?.includes(EMAIL_TAKEN_MESSAGE)) {
      const winner = await findLocalUserByEmail(email);
      if (winner) return tellOwner(winner.id, email, null);
    }
    throw err;
  }
  const token = await startEmailConfirmation(userId, now);
  try {
    await sendConfirmationEmail(email, token, next);
  } catch (err) {
    log.warn("auth.confirmation_email_failed", { err });
    await deleteUser(userId).catch(() => undefined);
    throw new AppError("unavailable", MAIL_FAILED, { cause: err });
  }
  log.info("auth.signup_pending", { userId, provider: "local" });
}

async function tellOwner(userId: string, email: string, password: string | null): Promise<void> {
  // The hash a new account would cost, so the answer's timing does not tell either.
  if (password !== null) await hashPassword(password);
  try {
    await sendSignUpAttemptEmail(email);
  } catch (err) {
    log.warn("auth.signup_attempt_email_failed", { err });
    throw new AppError("unavailable", MAIL_FAILED, { cause: err });
  }
  log.info("auth.signup_existing_email", { userId, provider: "local" });
}
