import { AppError, validationError } from "@/lib/errors";
import type { JwtClaims } from "@/lib/db";
import { log } from "@leadscout/log";
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken, verifyAccessToken } from "./access-token";
import { ACCESS_COOKIE, authCookieOptions, REFRESH_COOKIE, type CookieJar } from "./cookie-jar";
import type { AuthEngine, SignInContext, SignUpContext } from "./engine";
import { assertNotLockedOut, recordSignInAttempt } from "./lockout";
import { dummyPasswordHash, verifyPassword } from "./password";
import { signUpWithConfirmation } from "./confirmed-sign-up";
import { confirmEmailToken } from "./email-confirmation";
import { localAccountMethods } from "./local-account";
import { grantStartingCredits } from "./verification";
import { ensurePersonalOrganization, personalOrgName } from "./personal-org";
import {
  familiesOf,
  issueRefreshToken,
  REFRESH_TOKEN_TTL_SECONDS,
  revokeFamily,
  revokeFamilyOf,
  rotateRefreshToken,
  type SessionDevice,
} from "./refresh-tokens";
import { finishLocalOAuth, startLocalOAuth } from "./oauth/local-flow";
import { createSessionCheck } from "./session-check";
import { ZSignInSchema, ZSignUpSchema, type SignInInput, type SignUpInput } from "./schemas";
import { authSecret } from "./secret";
import type { Session } from "./types";
import { deleteUser, findLocalUserByEmail, touchLastSignIn } from "./users";

export const INVALID_CREDENTIALS_MESSAGE = "Email or password is incorrect";
export const INVALID_CONFIRMATION_MESSAGE =
  "This confirmation link is invalid, has expired or was already used. Sign in, or sign up again for a new link.";
export const UNCONFIRMED_MESSAGE = "Confirm your email address first: follow the link we sent you.";

export interface LocalEngineOptions {
  secret?: Uint8Array;
  /** A clock, so tests can step past expiry and the lockout window without waiting. */
  now?: () => Date;
  /** How long a spent refresh token may be presented again before it counts as reuse. */
  reuseGraceMs?: number;
  /** How long this instance trusts a session it saw alive (session-check.ts). */
  sessionCheckTtlMs?: number;
}

function sessionFrom(claims: JwtClaims): Session {
  return {
    user: { id: claims.sub, email: String(claims.email ?? "") },
    claims,
    provider: "local",
    expiresAt: Number(claims.exp),
  };
}

function clearCookies(jar: CookieJar): void {
  jar.set(ACCESS_COOKIE, "", authCookieOptions(0));
  jar.set(REFRESH_COOKIE, "", authCookieOptions(0));
}

export function createLocalEngine(opts: LocalEngineOptions = {}): AuthEngine {
  const now = opts.now ?? (() => new Date());
  const secret = () => opts.secret ?? authSecret();
  // Per engine, and the engine is one per process (select-engine.ts keeps it on globalThis): a
  // sign-out handled by a route is seen at once by the pages and actions of the same process.
  const sessions = createSessionCheck(opts.sessionCheckTtlMs);
  const ACCESS_TTL_MS = ACCESS_TOKEN_TTL_SECONDS * 1000;

  async function startSession(
    jar: CookieJar,
    user: { id: string; email: string; fullName: string | null },
    refresh?: { token: string; familyId: string },
    device?: SessionDevice,
  ): Promise<Session> {
    const at = now();
    const issued = refresh ?? (await issueRefreshToken(user.id, at, device));
    const access = await signAccessToken(
      { userId: user.id, email: user.email, sessionId: issued.familyId, fullName: user.fullName },
      secret(),
      at,
    );
    jar.set(ACCESS_COOKIE, access, authCookieOptions(ACCESS_TOKEN_TTL_SECONDS));
    jar.set(REFRESH_COOKIE, issued.token, authCookieOptions(REFRESH_TOKEN_TTL_SECONDS));
    sessions.started(issued.familyId, at);
    const claims = await verifyAccessToken(access, secret(), at);
    return sessionFrom(claims!);
  }

  /**
   * A valid access token whose session is still live. Signing out or a reused refresh token
   * revokes the session, and with it every access token issued to it, not only future refreshes.
   */
  async function readSession(jar: CookieJar): Promise<Session | null> {
    const token = jar.get(ACCESS_COOKIE);
    if (!token) return null;
    const at = now();
    const claims = await verifyAccessToken(token, secret(), at);
    if (!claims) return null;
    if (!(await sessions.isActive(String(claims.session_id), at))) return null;
    return sessionFrom(claims);
  }

  return {
    provider: "local",
    canDeleteUsers: true,
    ...localAccountMethods({ now, sessions, accessTtlMs: ACCESS_TTL_MS, readSession }),

    async signUp(input: SignUpInput, jar: CookieJar, ctx: SignUpContext = {}) {
      const parsed = ZSignUpSchema.safeParse(input);
      if (!parsed.success) throw validationError(parsed.error);
      // Every address is confirmed by a link (by SMTP, or through the development mailbox), so
      // every sign-up answers alike, whether or not the address already has an account.
      await signUpWithConfirmation(parsed.data, now(), ctx.next);
      return { session: null, confirmationSent: true };
    },

    async signIn(input: SignInInput, jar: CookieJar, ctx: SignInContext = {}) {
      const parsed = ZSignInSchema.safeParse(input);
      if (!parsed.success) throw validationError(parsed.error);
      const { email, password } = parsed.data;
      await assertNotLockedOut(email, ctx.ip ?? null, now());
      const user = await findLocalUserByEmail(email);
      const ok = user?.encrypted_password
        ? await verifyPassword(user.encrypted_password, password)
        : (await verifyPassword(await dummyPasswordHash(), password), false);
      await recordSignInAttempt(email, ok, ctx.ip ?? null, now());
      if (!ok || !user) {
        throw new AppError("unauthenticated", INVALID_CREDENTIALS_MESSAGE);
      }
      await touchLastSignIn(user.id, now());
      const meta = user.raw_user_meta_data ?? {};
      const fullName = typeof meta.full_name === "string" ? meta.full_name : null;
      log.info("auth.signed_in", { userId: user.id, provider: "local" });
      const session = await startSession(
        jar,
        { id: user.id, email: user.email ?? email, fullName },
        undefined,
        ctx,
      );
      // An account not verified yet may look around (its organization, without starting credits,
      // invitations or API keys) until it follows its link.
      if (!user.email_confirmed_at)
        await ensurePersonalOrganization(session.claims, personalOrgName(email, fullName));
      return session;
    },

    async signOut(jar: CookieJar) {
      const at = now();
      const refresh = jar.get(REFRESH_COOKIE);
      let familyId = refresh ? await revokeFamilyOf(refresh, at) : undefined;
      if (!familyId) {
        // No (known) refresh cookie: end the session the access token names, if it is genuine.
        const access = jar.get(ACCESS_COOKIE);
        const claims = access ? await verifyAccessToken(access, secret(), at) : null;
        familyId = claims ? String(claims.session_id) : undefined;
        if (familyId) await revokeFamily(familyId, at);
      }
      if (familyId) sessions.revoked(familyId, at, ACCESS_TTL_MS);
      clearCookies(jar);
    },

    readSession,

    async confirmSignUp(token: string, jar: CookieJar, device?: SessionDevice) {
      const user = await confirmEmailToken(token, now());
      if (!user) throw new AppError("not_found", INVALID_CONFIRMATION_MESSAGE);
      const session = await startSession(jar, user, undefined, device);
      await ensurePersonalOrganization(session.claims, personalOrgName(user.email, user.fullName));
      await grantStartingCredits(user.id);
      log.info("auth.signed_up", { userId: user.id, provider: "local" });
      return session;
    },

    async deleteUser(userId: string, jar: CookieJar) {
      const at = now();
      // Every session of the user stops here at once; other instances within their check TTL.
      for (const familyId of await familiesOf(userId))
        sessions.revoked(familyId, at, ACCESS_TTL_MS);
      clearCookies(jar);
      await deleteUser(userId);
      log.info("auth.user_deleted", { userId, provider: "local" });
    },

    startProviderSignIn: (provider, jar, { appUrl, next }) =>
      startLocalOAuth(provider, jar, {
        redirectUri: new URL(`/auth/oauth/${provider}/callback`, appUrl).href,
        next,
        secret: secret(),
        now: now(),
      }),

    async finishProviderSignIn(provider, callbackUrl, jar, ctx = {}) {
      if (!provider) throw new AppError("not_found", "Unknown sign-in provider");
      const user = await finishLocalOAuth(provider, callbackUrl, jar, {
        secret: secret(),
        now: now(),
        ip: ctx.ip,
      });
      const session = await startSession(jar, user);
      if (user.needsOrganization)
        await ensurePersonalOrganization(
          session.claims,
          personalOrgName(user.email, user.fullName),
        );
      log.info("auth.signed_in", { userId: user.id, provider: `local:${provider}` });
      return { session, next: user.next ?? "/dashboard" };
    },

    async refreshSession(jar: CookieJar) {
      const current = await readSession(jar);
      if (current) return current;
      const refresh = jar.get(REFRESH_COOKIE);
      if (!refresh) {
        if (jar.get(ACCESS_COOKIE)) jar.set(ACCESS_COOKIE, "", authCookieOptions(0));
        return null;
      }
      const rotated = await rotateRefreshToken(refresh, { now: now(), graceMs: opts.reuseGraceMs });
      if (!rotated.ok) {
        if (rotated.reason === "reused")
          log.warn("auth.refresh_token_reused", { provider: "local" });
        // The family is dead: its access tokens (the thief's or the owner's) stop here too.
        if (rotated.familyId) sessions.revoked(rotated.familyId, now(), ACCESS_TTL_MS);
        clearCookies(jar);
        return null;
      }
      const { issued } = rotated;
      return startSession(
        jar,
        { id: issued.userId, email: rotated.email, fullName: rotated.fullName },
        issued,
      );
    },
  };
}
