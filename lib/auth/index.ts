import { redirect } from "next/navigation";
import { cache } from "react";
import type { CookieJar } from "./cookie-jar";
import type { SignInContext, SignUpContext, SignUpResult } from "./engine";
import { nextCookieJar } from "./next-cookies";
import { signInPath } from "./sign-in-path";
import type { SignInInput, SignUpInput } from "./schemas";
import { AppError } from "@/lib/errors";
import { rateLimit } from "@/lib/ratelimit";
import { requestDevice } from "./request-device";
import { authEngine } from "./select-engine";
import type { Session } from "./types";
import { enabledProviders, notConfigured } from "./oauth/providers";
import type { OAuthProvider } from "./oauth/schemas";
import { env } from "@/lib/env";

// The public face of auth. Everything takes an optional cookie jar; without one it uses the
// current request's cookies through next/headers.

export type { Session } from "./types";
export type { AuthEngine, SignUpResult, SignInContext, SignUpContext } from "./engine";
export type { CookieJar, CookieOptions } from "./cookie-jar";
export { memoryCookieJar, ACCESS_COOKIE, REFRESH_COOKIE } from "./cookie-jar";
export {
  ZSignInSchema,
  ZSignUpSchema,
  PASSWORD_MIN,
  type SignInInput,
  type SignUpInput,
} from "./schemas";
export { safeNextPath } from "./safe-next";
export { hashPassword, verifyPassword } from "./password";
export { createLocalUser } from "./users";
export { authEngine, setAuthEngine, engineFromEnv } from "./select-engine";
export { createLocalEngine } from "./local-engine";
export { createSupabaseEngine } from "./supabase-engine";
export { isProtectedPath, PROTECTED_PREFIXES } from "./protected-paths";
export { signInPath } from "./sign-in-path";
export { requestCookieJar } from "./request-cookies";
export { clientIp, clientNetwork } from "./client-ip";
export { nextCookieJar } from "./next-cookies";

async function jarOr(jar?: CookieJar): Promise<CookieJar> {
  return jar ?? (await nextCookieJar());
}

// Once per server render: a layout and its page both asking must not verify twice (with Supabase
// each check is a round trip to the auth server). Outside a render React's cache() is a no-op.
const readRequestSession = cache(async () => authEngine().readSession(await nextCookieJar()));

/** The signed-in user's session, or null. Never throws for bad or expired cookies. */
export async function getSession(jar?: CookieJar): Promise<Session | null> {
  return jar ? authEngine().readSession(jar) : readRequestSession();
}

/**
 * The session, or a redirect to /sign-in that brings the person back to `nextPath` afterwards
 * (only ever a path on this site).
 */
export async function requireSession(nextPath?: string, jar?: CookieJar): Promise<Session> {
  const session = await getSession(jar);
  if (!session) redirect(signInPath(nextPath));
  return session;
}

/** Renews an expired access token and writes the cookies: proxy, actions, route handlers only. */
export async function refreshSession(jar?: CookieJar): Promise<Session | null> {
  return authEngine().refreshSession(await jarOr(jar));
}

/**
 * Sign-up is rate limited per IP (the `sign_up` policy) before anything is checked or written:
 * every account receives the free plan's starting credits, so accounts must not be minted in bulk.
 */
export async function signUp(
  input: SignUpInput,
  opts: { cookies?: CookieJar } & SignInContext & SignUpContext = {},
): Promise<SignUpResult> {
  const verdict = await rateLimit("sign_up", opts.ip ?? "unknown");
  if (!verdict.success) {
    const minutes = Math.max(1, Math.ceil((verdict.reset - Date.now()) / 60_000));
    throw new AppError(
      "rate_limited",
      `Too many accounts were created from your network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      { details: { retryAfterSeconds: minutes * 60 } },
    );
  }
  return authEngine().signUp(input, await jarOr(opts.cookies), { next: opts.next });
}

/**
 * Sign-in is rate limited per IP and email (the `sign_in` policy) before any password is checked,
 * on top of the engine's own lockout: the lockout protects one account from guessing, the limit
 * keeps one client from hammering the password hasher.
 */
export async function signIn(
  input: SignInInput,
  opts: { cookies?: CookieJar } & SignInContext = {},
): Promise<Session> {
  const email = input.email.trim().toLowerCase();
  const verdict = await rateLimit("sign_in", `${opts.ip ?? "unknown"}|${email}`);
  if (!verdict.success) {
    const seconds = Math.max(1, Math.ceil((verdict.reset - Date.now()) / 1000));
    throw new AppError(
      "rate_limited",
      `Too many sign-in attempts. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
      { details: { retryAfterSeconds: seconds } },
    );
  }
  const device = opts.userAgent === undefined ? await requestDevice() : {};
  return authEngine().signIn(input, await jarOr(opts.cookies), {
    ip: opts.ip,
    userAgent: opts.userAgent ?? device.userAgent,
  });
}

/** Finishes a sign-up from its confirmation email (local auth with mail) and signs in. */
export async function confirmSignUp(
  token: string,
  opts: { cookies?: CookieJar } = {},
): Promise<Session> {
  return authEngine().confirmSignUp(token, await jarOr(opts.cookies), await requestDevice());
}

export async function signOut(opts: { cookies?: CookieJar } = {}): Promise<void> {
  return authEngine().signOut(await jarOr(opts.cookies));
}

export { OAUTH_PROVIDERS, OAUTH_PROVIDER_LABELS, ZOAuthProviderSchema } from "./oauth/schemas";
export type { OAuthProvider } from "./oauth/schemas";

/** The providers whose sign-in buttons show (their keys are configured). */
export function signInProviders(): OAuthProvider[] {
  return enabledProviders(authEngine().provider);
}

/** Sign-in with Google or GitHub, first leg: the provider URL to send the browser to. */
export async function startProviderSignIn(
  provider: OAuthProvider,
  opts: { next?: string; cookies?: CookieJar } = {},
): Promise<URL> {
  if (!signInProviders().includes(provider)) throw notConfigured(provider);
  return authEngine().startProviderSignIn(provider, await jarOr(opts.cookies), {
    appUrl: env().APP_URL,
    next: opts.next,
  });
}

/** The provider's redirect back (its URL as the provider sent it): a session and a safe next path. */
export async function finishProviderSignIn(
  provider: OAuthProvider | null,
  callbackUrl: URL,
  opts: { cookies?: CookieJar } & SignInContext = {},
): Promise<{ session: Session; next: string }> {
  return authEngine().finishProviderSignIn(provider, callbackUrl, await jarOr(opts.cookies), {
    ip: opts.ip,
  });
}
export {
  changePassword,
  confirmEmailChange,
  listSessions,
  passwordResetUsable,
  requestEmailChange,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  revokeSession,
  signOutOthers,
  updateAccountName,
} from "./account";
export { isEmailVerified } from "./verification";
export type { AccountSession } from "./types";
