import { AppError } from "@/lib/errors";
import { log } from "@leadscout/log";
import { startEmailConfirmation } from "./email-confirmation";
import { hashPassword } from "./password";
import {
  sendConfirmationEmail,
  sendSignUpAttemptEmail,
  type SignUpMailContext,
} from "./sign-up-mail";
import {
  createLocalUser,
  deleteUser,
  EMAIL_TAKEN_MESSAGE,
  findLocalUserByEmail,
  setPendingSignUp,
} from "./users";

const MAIL_FAILED = "We could not send you an email just now. Try again in a moment.";

/**
 * Sign-up for an installation that sends mail: the account is usable once its address is
 * confirmed, so the answer is the same for every address — "check your inbox" — and says nothing
 * about which ones have an account. Each case does the same work (one password hash, one email):
 *   - a new address gets an unconfirmed account and a confirmation link;
 *   - an address with a pending (unconfirmed) account: the newest sign-up sets the password and
 *     gets a fresh link, the old one stops working;
 *   - an address with a confirmed account: nothing changes, and its owner gets an email saying
 *     someone tried.
 */
export async function signUpWithConfirmation(
  input: { email: string; password: string; fullName?: string },
  mail: SignUpMailContext,
  now: Date,
  next?: string,
): Promise<void> {
  const { email, password } = input;
  const fullName = input.fullName || null;
  const existing = await findLocalUserByEmail(email);
  if (existing?.email_confirmed_at) return tellOwner(existing.id, email, password, mail);

  let userId: string;
  let created = false;
  if (existing) {
    await setPendingSignUp(existing.id, await hashPassword(password), fullName);
    userId = existing.id;
  } else {
    try {
      userId = (await createLocalUser(input, { confirmed: false })).id;
      created = true;
    } catch (err) {
      // Someone confirmed-or-created the address a moment ago: treat it as taken, silently.
      if (err instanceof AppError && err.fields?.email?.includes(EMAIL_TAKEN_MESSAGE)) {
        const winner = await findLocalUserByEmail(email);
        if (winner) return tellOwner(winner.id, email, null, mail);
      }
      throw err;
    }
  }
  const token = await startEmailConfirmation(userId, now);
  try {
    await sendConfirmationEmail(mail, email, token, next);
  } catch (err) {
    log.warn("auth.confirmation_email_failed", { err });
    if (created) await deleteUser(userId).catch(() => undefined);
    throw new AppError("unavailable", MAIL_FAILED, { cause: err });
  }
  log.info("auth.signup_pending", { userId, provider: "local" });
}

async function tellOwner(
  userId: string,
  email: string,
  password: string | null,
  mail: SignUpMailContext,
): Promise<void> {
  // The hash a new account would cost, so the answer's timing does not tell either.
  if (password !== null) await hashPassword(password);
  try {
    await sendSignUpAttemptEmail(mail, email);
  } catch (err) {
    log.warn("auth.signup_attempt_email_failed", { err });
    throw new AppError("unavailable", MAIL_FAILED, { cause: err });
  }
  log.info("auth.signup_existing_email", { userId, provider: "local" });
}
