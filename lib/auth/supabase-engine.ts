import { createServerClient } from "@supabase/ssr";
import { createClient } from "@supabase/supabase-js";
import type {
  AuthError,
  Session as SupabaseSession,
  SupabaseClientOptions,
} from "@supabase/supabase-js";
import { decodeJwt } from "jose";
import { AppError, validationError, type FieldErrors } from "@/lib/errors";
import type { JwtClaims } from "@/lib/db";
import { log } from "@leadscout/log";
import { ZAccessClaimsSchema } from "./access-token";
import type { CookieJar } from "./cookie-jar";
import type { AuthEngine } from "./engine";
import { INVALID_CONFIRMATION_MESSAGE, INVALID_CREDENTIALS_MESSAGE } from "./local-engine";
import {
  createPersonalOrganization,
  ensurePersonalOrganization,
  personalOrgName,
} from "./personal-org";
import { OAUTH_FAILED_MESSAGE } from "./oauth/local-flow";
import { SCOPES } from "./oauth/identity";
import { safeNextPath } from "./safe-next";
import { ZSignInSchema, ZSignUpSchema, type SignInInput, type SignUpInput } from "./schemas";
import { supabaseAccountMethods } from "./supabase-account";
import type { Session } from "./types";
import { EMAIL_TAKEN_MESSAGE } from "./users";

export const CANNOT_DELETE_USERS =
  "Deleting accounts needs SUPABASE_SERVICE_ROLE_KEY on this installation. Ask its administrator.";

export interface SupabaseEngineOptions {
  url: string;
  anonKey: string;
  /** SUPABASE_SERVICE_ROLE_KEY: only for deleting accounts (Auth's admin API); never sent to browsers. */
  serviceRoleKey?: string;
}

// The server never opens Realtime channels, but supabase-js builds a Realtime client eagerly and
// on Node 20 (no global WebSocket) that throws. A transport that refuses to connect satisfies it.
class NoRealtime {
  constructor() {
    throw new Error("Realtime is not used on the server");
  }
}

const realtime = {
  transport: NoRealtime as unknown as NonNullable<
    NonNullable<SupabaseClientOptions<"public">["realtime"]>["transport"]
  >,
};

// A fresh client per call: it holds the caller's cookies and must never outlive the request.
function clientFor(opts: SupabaseEngineOptions, jar: CookieJar) {
  return createServerClient(opts.url, opts.anonKey, {
    realtime,
    cookies: {
      getAll: () => jar.getAll(),
      setAll: (cookies) => {
        for (const c of cookies)
          jar.set(c.name, c.value, c.options as Parameters<CookieJar["set"]>[2]);
      },
    },
  });
}

/** Supabase's own error codes, turned into the field errors our forms already show. */
function toAppError(error: AuthError): AppError {
  const field = (fields: FieldErrors) =>
    new AppError("validation_failed", "Some fields are invalid", { fields });
  switch (error.code) {
    case "user_already_exists":
    case "email_exists":
      return field({ email: [EMAIL_TAKEN_MESSAGE] });
    case "email_address_invalid":
    case "validation_failed":
      return field({ email: [error.message || "Enter a valid email address"] });
    case "weak_password":
      return field({ password: [error.message || "Choose a stronger password"] });
    case "invalid_credentials":
      return new AppError("unauthenticated", INVALID_CREDENTIALS_MESSAGE);
    case "over_request_rate_limit":
    case "over_email_send_rate_limit":
      return new AppError("rate_limited", "Too many attempts. Wait a few minutes and try again.");
    case "email_not_confirmed":
      return new AppError(
        "forbidden",
        "Confirm your email address first: follow the link we sent you.",
      );
    default:
      if (error.status === 400 || error.status === 401)
        return new AppError("unauthenticated", INVALID_CREDENTIALS_MESSAGE);
      return new AppError("unavailable", "The sign-in service did not answer. Try again shortly.", {
        cause: error,
      });
  }
}

/**
 * A session whose access token Supabase has just vouched for (GET /auth/v1/user). The RLS claims
 * are that token's own payload, the same JSON Supabase's PostgREST would put in request.jwt.claims.
 */
async function verifiedSession(
  client: ReturnType<typeof clientFor>,
  session: SupabaseSession | null,
): Promise<Session | null> {
  if (!session?.access_token) return null;
  const { data, error } = await client.auth.getUser(session.access_token);
  if (error || !data.user) return null;
  let payload: unknown;
  try {
    payload = decodeJwt(session.access_token);
  } catch {
    return null;
  }
  const parsed = ZAccessClaimsSchema.safeParse(payload);
  if (!parsed.success || parsed.data.sub !== data.user.id) return null;
  const claims = parsed.data as JwtClaims;
  return {
    user: { id: data.user.id, email: data.user.email ?? parsed.data.email },
    claims,
    provider: "supabase",
    expiresAt: parsed.data.exp,
  };
}

export function createSupabaseEngine(opts: SupabaseEngineOptions): AuthEngine {
  async function currentSession(jar: CookieJar): Promise<Session | null> {
    const client = clientFor(opts, jar);
    // getSession reads the cookies (renewing an expired token through setAll); getUser then has
    // the server confirm the token, since a cookie on its own proves nothing.
    const { data } = await client.auth.getSession();
    return verifiedSession(client, data.session);
  }

  return {
    provider: "supabase",
    canDeleteUsers: Boolean(opts.serviceRoleKey),
    ...supabaseAccountMethods({
      clientFor: (jar) => clientFor(opts, jar),
      toAppError,
      currentSession,
    }),

    async signUp(input: SignUpInput, jar: CookieJar) {
      const parsed = ZSignUpSchema.safeParse(input);
      if (!parsed.success) throw validationError(parsed.error);
      const { email, password } = parsed.data;
      const fullName = parsed.data.fullName || null;
      const client = clientFor(opts, jar);
      const { data, error } = await client.auth.signUp({
        email,
        password,
        options: { data: fullName ? { full_name: fullName } : {} },
      });
      if (error) throw toAppError(error);
      // With confirmations on, Supabase answers a sign-up for a taken address with an obfuscated
      // user (no identities) precisely so that nobody can tell: answer as for a new address.
      if (data.user && data.user.identities?.length === 0) {
        log.info("auth.signup_existing_email", { provider: "supabase" });
        return { session: null, confirmationSent: true };
      }
      const session = await verifiedSession(client, data.session);
      if (!session) return { session: null, confirmationSent: true };
      await createPersonalOrganization(session.claims, personalOrgName(email, fullName));
      log.info("auth.signed_up", { userId: session.user.id, provider: "supabase" });
      return { session };
    },

    async signIn(input: SignInInput, jar: CookieJar) {
      const parsed = ZSignInSchema.safeParse(input);
      if (!parsed.success) throw validationError(parsed.error);
      const client = clientFor(opts, jar);
      const { data, error } = await client.auth.signInWithPassword(parsed.data);
      if (error) throw toAppError(error);
      const session = await verifiedSession(client, data.session);
      if (!session) throw new AppError("unauthenticated", INVALID_CREDENTIALS_MESSAGE);
      const meta = data.user?.user_metadata ?? {};
      const fullName = typeof meta.full_name === "string" ? meta.full_name : null;
      // Accounts confirmed by email get their organization on the first sign-in instead.
      await ensurePersonalOrganization(
        session.claims,
        personalOrgName(session.user.email, fullName),
      );
      log.info("auth.signed_in", { userId: session.user.id, provider: "supabase" });
      return session;
    },

    async signOut(jar: CookieJar) {
      const client = clientFor(opts, jar);
      const { error } = await client.auth.signOut();
      // The cookies are gone either way; a failed revoke only leaves a token that expires soon.
      if (error) log.warn("auth.supabase_sign_out_failed", { code: error.code });
    },

    readSession: currentSession,
    refreshSession: currentSession,

    // Supabase Auth talks to Google / GitHub itself (PKCE: supabase-js keeps the verifier in a
    // cookie); the browser comes back to /auth/callback with a code for a session.
    async startProviderSignIn(provider, jar, { appUrl, next }) {
      const redirectTo = new URL("/auth/callback", appUrl);
      redirectTo.searchParams.set("next", safeNextPath(next));
      const { data, error } = await clientFor(opts, jar).auth.signInWithOAuth({
        provider,
        options: {
          redirectTo: redirectTo.href,
          skipBrowserRedirect: true,
          scopes: SCOPES[provider],
        },
      });
      if (error || !data.url)
        throw new AppError(
          "unavailable",
          "The sign-in service did not answer. Try again shortly.",
          {
            cause: error,
          },
        );
      return new URL(data.url);
    },

    async finishProviderSignIn(_provider, callbackUrl, jar) {
      const code = callbackUrl.searchParams.get("code");
      const failed = (cause?: unknown) => {
        log.warn("auth.oauth_refused", {
          provider: "supabase",
          reason: callbackUrl.searchParams.get("error_code") ?? (cause ? String(cause) : "no code"),
        });
        return new AppError("unauthenticated", OAUTH_FAILED_MESSAGE("supabase"), { cause });
      };
      if (!code) throw failed();
      const client = clientFor(opts, jar);
      const { data, error } = await client.auth.exchangeCodeForSession(code);
      if (error) throw failed(error.code ?? error.message);
      const session = await verifiedSession(client, data.session);
      if (!session) throw failed("unverified session");
      const meta = data.user?.user_metadata ?? {};
      const name = [meta.full_name, meta.name].find((v) => typeof v === "string") as
        string | undefined;
      await ensurePersonalOrganization(session.claims, personalOrgName(session.user.email, name));
      log.info("auth.signed_in", { userId: session.user.id, provider: "supabase:oauth" });
      return { session, next: safeNextPath(callbackUrl.searchParams.get("next")) };
    },

    async deleteUser(userId: string, jar: CookieJar) {
      if (!opts.serviceRoleKey) throw new AppError("unavailable", CANNOT_DELETE_USERS);
      const admin = createClient(opts.url, opts.serviceRoleKey, {
        realtime,
        auth: { persistSession: false, autoRefreshToken: false },
      });
      // Supabase ends the user's sessions with the user; this browser's cookies go too.
      const { error } = await admin.auth.admin.deleteUser(userId);
      // Already gone (a retry after a failure further on) is fine; anything else is not.
      if (error && error.code !== "user_not_found")
        throw new AppError(
          "unavailable",
          "The sign-in service did not answer. Try again shortly.",
          {
            cause: error,
          },
        );
      await clientFor(opts, jar)
        .auth.signOut({ scope: "local" })
        .catch(() => undefined);
      log.info("auth.user_deleted", { userId, provider: "supabase" });
    },

    async confirmSignUp() {
      // Supabase Auth sends and checks its own confirmation links.
      throw new AppError("not_found", INVALID_CONFIRMATION_MESSAGE);
    },
  };
}
