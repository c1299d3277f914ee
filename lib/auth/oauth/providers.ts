import * as oidc from "openid-client";
import { env, type Env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { OAUTH_PROVIDERS, type OAuthProvider } from "./schemas";

export interface ProviderSettings {
  provider: OAuthProvider;
  clientId: string;
  clientSecret: string;
}

/** The provider's client credentials, or null when the installation has not configured it. */
export function providerSettings(
  provider: OAuthProvider,
  vars: Env = env(),
): ProviderSettings | null {
  const [clientId, clientSecret] =
    provider === "google"
      ? [vars.GOOGLE_CLIENT_ID, vars.GOOGLE_CLIENT_SECRET]
      : [vars.GITHUB_CLIENT_ID, vars.GITHUB_CLIENT_SECRET];
  return clientId && clientSecret ? { provider, clientId, clientSecret } : null;
}

/**
 * The providers whose buttons show. Local auth needs the client id and secret here; with Supabase
 * Auth the secret lives in Supabase's own provider settings, so the client id alone says "on".
 */
export function enabledProviders(engine: "local" | "supabase", vars: Env = env()): OAuthProvider[] {
  return OAUTH_PROVIDERS.filter((p) =>
    engine === "supabase"
      ? Boolean(p === "google" ? vars.GOOGLE_CLIENT_ID : vars.GITHUB_CLIENT_ID)
      : providerSettings(p, vars) !== null,
  );
}

export function notConfigured(provider: OAuthProvider): AppError {
  return new AppError("not_found", `Sign-in with ${provider} is not configured here`);
}

// Plain http is for loopback test servers only; a real provider is always reached over https.
function isLoopbackHttp(base: URL): boolean {
  if (base.protocol !== "http:") return false;
  if (!["127.0.0.1", "localhost", "[::1]"].includes(base.hostname))
    throw new Error(`${base.href}: a sign-in provider must be reached over https`);
  return true;
}

// Discovery documents hold no user data; one per (issuer, client) for the process saves a round
// trip per sign-in. A failed discovery is not kept, so the next sign-in tries again.
const discovered = new Map<string, Promise<oidc.Configuration>>();

/** Google through OpenID Connect discovery (GOOGLE_ISSUER; tests: a local provider). */
export function googleConfig(s: ProviderSettings, vars: Env = env()): Promise<oidc.Configuration> {
  const issuer = new URL(vars.GOOGLE_ISSUER);
  const key = `${issuer.href}|${s.clientId}|${s.clientSecret}`;
  let pending = discovered.get(key);
  if (!pending) {
    pending = oidc.discovery(issuer, s.clientId, s.clientSecret, undefined, {
      execute: isLoopbackHttp(issuer) ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    });
    pending.catch(() => discovered.delete(key));
    discovered.set(key, pending);
  }
  return pending;
}

/** GitHub is OAuth 2.0 without OpenID Connect: its endpoints are fixed, not discovered. */
export function githubConfig(s: ProviderSettings, vars: Env = env()): oidc.Configuration {
  const base = new URL(vars.GITHUB_OAUTH_BASE);
  const config = new oidc.Configuration(
    {
      issuer: base.origin,
      authorization_endpoint: new URL("/login/oauth/authorize", base).href,
      token_endpoint: new URL("/login/oauth/access_token", base).href,
    },
    s.clientId,
    s.clientSecret,
  );
  if (isLoopbackHttp(base)) oidc.allowInsecureRequests(config);
  return config;
}
