import { AppError } from "@/lib/errors";
import { asServiceRole } from "@/lib/db";

export const LOCKOUT_MAX_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

/**
 * Refuses a sign-in once an email has collected 5 failures from the same client address in the
 * last 15 minutes (failures before the latest success from there do not count). Checked before
 * the password, so a correct password does not get through a lockout either. Counted per
 * (email, IP) rather than per email: a stranger guessing from their own address locks only
 * themselves out, never the account's owner signing in from theirs.
 */
export async function assertNotLockedOut(
  email: string,
  ip: string | null,
  now = new Date(),
): Promise<void> {
  const since = new Date(now.getTime() - LOCKOUT_WINDOW_MS);
  const rows = await asServiceRole((tx) =>
    tx
      .selectFrom("auth.local_sign_in_attempts")
      .select(["succeeded", "created_at"])
      .where("email", "=", email)
      .where((eb) => (ip === null ? eb("ip", "is", null) : eb("ip", "=", ip)))
      .where("created_at", ">", since)
      .orderBy("created_at", "desc")
      .limit(LOCKOUT_MAX_FAILURES + 1)
      .execute(),
  );
  const failures: Date[] = [];
  for (const row of rows) {
    if (row.succeeded) break;
    failures.push(row.created_at);
  }
  if (failures.length < LOCKOUT_MAX_FAILURES) return;
  // The lock lifts when the oldest of the counted failures leaves the window.
  const oldest = failures[LOCKOUT_MAX_FAILURES - 1]!;
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((oldest.getTime() + LOCKOUT_WINDOW_MS - now.getTime()) / 1000),
  );
  const minutes = Math.ceil(retryAfterSeconds / 60);
  throw new AppError(
    "rate_limited",
    `Too many failed sign-in attempts for this email from your network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    { details: { retryAfterSeconds } },
  );
}

export async function recordSignInAttempt(
  email: string,
  succeeded: boolean,
  ip: string | null,
  now = new Date(),
): Promise<void> {
  await asServiceRole((tx) =>
    tx
      .insertInto("auth.local_sign_in_attempts")
      .values({ email, succeeded, ip, created_at: now })
      .execute(),
  );
}
