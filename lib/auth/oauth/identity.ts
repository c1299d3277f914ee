import * as oidc from "openid-client";
import { z } from "zod";
import { env } from "@/lib/env";
import type { OAuthFlow } from "./flow-cookie";
import { githubConfig, googleConfig, type ProviderSettings } from "./providers";
import type { OAuthProvider } from "./schemas";

/** Who the provider says signed in: its stable id for them, and an address only if verified. */
export interface ProviderIdentity {
  provider: OAuthProvider;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export const SCOPES: Record<OAuthProvider, string> = {
  google: "openid email profile",
  github: "read:user user:email",
};

export async function providerConfig(s: ProviderSettings): Promise<oidc.Configuration> {
  return s.provider === "google" ? googleConfig(s) : githubConfig(s);
}

const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);

/**
 * Google: the code is spent with the PKCE verifier, and openid-client checks the state, the ID
 * token's signature, issuer, audience, expiry and nonce. The address counts only with
 * `email_verified: true`; when the ID token carries no address, the UserInfo endpoint is asked.
 */
async function googleIdentity(
  config: oidc.Configuration,
  callbackUrl: URL,
  flow: OAuthFlow,
): Promise<ProviderIdentity> {
  const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: flow.verifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  let claims: Record<string, unknown> = tokens.claims()!;
  if (!str(claims.email))
    claims = {
      ...claims,
      ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub as string)),
    };
  return {
    provider: "google",
    subject: String(claims.sub),
    email: str(claims.email)?.toLowerCase() ?? null,
    emailVerified: claims.email_verified === true,
    name: str(claims.name),
  };
}

const ZGitHubUserSchema = z.object({
  id: z.number().int(),
  login: z.string(),
  name: z.string().nullish(),
});
const ZGitHubEmailsSchema = z.array(
  z.object({ email: z.string(), primary: z.boolean(), verified: z.boolean() }),
);

async function githubGet(path: string, accessToken: string): Promise<unknown> {
  const res = await fetch(new URL(path, env().GITHUB_API_BASE), {
    headers: {
      Authorization: `Bearer ${accessToken}`,
      Accept: "application/vnd.github+json",
      "X-GitHub-Api-Version": "2022-11-28",
      "User-Agent": "Leadscout",
    },
    redirect: "error",
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`GitHub ${path} answered ${res.status}`);
  return res.json();
}

/**
 * GitHub is OAuth 2.0 without ID tokens: the code is spent with the PKCE verifier and the state
 * checked by openid-client, then the API names the user (`/user`, whose numeric id is the stable
 * subject) and their addresses (`/user/emails`). Only the verified primary address counts — the
 * profile's public email is whatever the user typed.
 */
async function githubIdentity(
  config: oidc.Configuration,
  callbackUrl: URL,
  flow: OAuthFlow,
): Promise<ProviderIdentity> {
  const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: flow.verifier,
    expectedState: flow.state,
  });
  const user = ZGitHubUserSchema.parse(await githubGet("/user", tokens.access_token));
  const emails = ZGitHubEmailsSchema.parse(await githubGet("/user/emails", tokens.access_token));
  const primary = emails.find((e) => e.primary && e.verified);
  return {
    provider: "github",
    subject: String(user.id),
    email: primary?.email.toLowerCase() ?? null,
    emailVerified: Boolean(primary),
    name: str(user.name) ?? user.login,
  };
}

export async function exchangeCode(
  s: ProviderSettings,
  callbackUrl: URL,
  flow: OAuthFlow,
): Promise<ProviderIdentity> {
  const config = await providerConfig(s);
  return s.provider === "google"
    ? googleIdentity(config, callbackUrl, flow)
    : githubIdentity(config, callbackUrl, flow);
}
