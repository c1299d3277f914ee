import type { CookieJar } from "./cookie-jar";
import type { SessionDevice } from "./refresh-tokens";
import type { SignInInput, SignUpInput } from "./schemas";
import type { OAuthProvider } from "./oauth/schemas";
import type { AccountSession, Session } from "./types";

export interface SignInContext {
  /** The caller's address, kept with each sign-in attempt for the audit trail. */
  ip?: string | null;
  /** The browser's User-Agent, shown in the account's list of sessions. */
  userAgent?: string | null;
}

export interface SignUpContext {
  /** Where to land after confirming the address (a path on this site; checked again there). */
  next?: string;
}

/** What `signUp` hands back: a session, or (Supabase with confirmations on) a pending account. */
export type SignUpResult = { session: Session } | { session: null; confirmationSent: true };

/**
 * One interface, two engines: local (embedded default) and Supabase Auth. Chosen once from the
 * environment; callers never branch on which one runs. Every method takes the cookie jar
 * explicitly so it runs the same in actions, the proxy and tests.
 */
export interface AuthEngine {
  readonly provider: Session["provider"];
  /** Whether deleteUser can work here (Supabase needs its service role key): checked up front. */
  readonly canDeleteUsers: boolean;
  signUp(input: SignUpInput, jar: CookieJar, ctx?: SignUpContext): Promise<SignUpResult>;
  signIn(input: SignInInput, jar: CookieJar, ctx?: SignInContext): Promise<Session>;
  signOut(jar: CookieJar): Promise<void>;
  /** Reads the session without writing cookies (server components): null when absent or invalid. */
  readSession(jar: CookieJar): Promise<Session | null>;
  /**
   * Like readSession, but renews an expired access token from the refresh token and writes the
   * new cookies; clears them when the session is dead. Only where cookies can be written.
   */
  refreshSession(jar: CookieJar): Promise<Session | null>;
  /**
   * Spends the token of a confirmation email (local auth with mail) and signs the account in.
   * not_found for an unknown, used or expired token.
   */
  /**
   * Where to send the browser to sign in with Google or GitHub (docs/sign-in-providers.md);
   * `appUrl` is this site's public origin, which the provider redirects back to.
   */
  startProviderSignIn(
    provider: OAuthProvider,
    jar: CookieJar,
    opts: { appUrl: string; next?: string },
  ): Promise<URL>;
  /**
   * Removes the user from the auth engine after ending their sessions (every one, not only this
   * browser's) and clearing this browser's cookies. Their rows in our tables go by cascade.
   */
  deleteUser(userId: string, jar: CookieJar): Promise<void>;
  /** The provider's redirect back: a signed-in session and where to go next (a safe path). */
  finishProviderSignIn(
    provider: OAuthProvider | null,
    callbackUrl: URL,
    jar: CookieJar,
    ctx?: SignInContext,
  ): Promise<{ session: Session; next: string }>;
  confirmSignUp(token: string, jar: CookieJar, device?: SessionDevice): Promise<Session>;

  // Account recovery and settings (docs/accounts.md). The same screens over both engines.

  /** Mails a reset link if the address has an account; answers the same either way. */
  requestPasswordReset(email: string): Promise<void>;
  /** Whether a reset link can still be used (the page shows its form only then); spends nothing. */
  passwordResetUsable(token: string): Promise<boolean>;
  /** Spends the link, sets the password and ends every session of the account. not_found if dead. */
  resetPassword(token: string, password: string): Promise<void>;
  /** Needs the current password; every other session of the account ends. */
  changePassword(jar: CookieJar, currentPassword: string, newPassword: string): Promise<void>;
  /** The account's live sessions, the current one marked. */
  listSessions(jar: CookieJar): Promise<AccountSession[]>;
  /** Ends one of the account's sessions (not_found for anybody else's). */
  revokeSession(jar: CookieJar, sessionId: string): Promise<void>;
  /** Ends every session of the account but this one. */
  signOutOthers(jar: CookieJar): Promise<void>;
  /** Mails a link to the new address; the email changes only when it is followed. */
  requestEmailChange(jar: CookieJar, newEmail: string, currentPassword: string): Promise<void>;
  /** Spends an email-change link (local engine); not_found for a dead one. */
  confirmEmailChange(token: string): Promise<{ email: string }>;
  /** A new verification link for the signed-in, unverified account (rate limited by the caller). */
  resendVerification(jar: CookieJar): Promise<void>;
}
