import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { CrmOAuth, TokenSet } from "../oauth";
import {
  hubspotApp,
  hubspotClient,
  hubspotConfigured,
  hubspotMessage,
  isHubSpotError,
} from "./client";

// HubSpot's OAuth 2.0 authorization-code flow through the official client: the authorize URL
// the admin is sent to, the code exchange, refresh, the account the token belongs to, and
// revocation of the refresh token on disconnect.

/**
 * Only what the sync writes and reads (and `oauth`, which HubSpot requires of every app); the
 * schemas scopes let it read and create the custom `leadscout_*` properties (properties.ts).
 */
export const HUBSPOT_SCOPES = [
  "oauth",
  "crm.objects.companies.read",
  "crm.objects.companies.write",
  "crm.objects.contacts.read",
  "crm.objects.contacts.write",
  "crm.schemas.companies.read",
  "crm.schemas.companies.write",
  "crm.schemas.contacts.read",
  "crm.schemas.contacts.write",
] as const;

export function hubspotRedirectUri(): string {
  return new URL("/api/crm/hubspot/callback", env().APP_URL).href;
}

export function hubspotAuthorizeUrl(state: string): string {
  const { clientId } = hubspotApp();
  const url = new URL(env().HUBSPOT_AUTHORIZE_URL);
  url.searchParams.set("client_id", clientId);
  url.searchParams.set("redirect_uri", hubspotRedirectUri());
  url.searchParams.set("scope", HUBSPOT_SCOPES.join(" "));
  url.searchParams.set("state", state);
  return url.href;
}

async function grant(
  kind: "authorization_code" | "refresh_token",
  value: string,
): Promise<TokenSet> {
  const { clientId, clientSecret } = hubspotApp();
  try {
    const res = await hubspotClient().oauth.tokensApi.create(
      kind,
      kind === "authorization_code" ? value : undefined,
      kind === "authorization_code" ? hubspotRedirectUri() : undefined,
      clientId,
      clientSecret,
      kind === "refresh_token" ? value : undefined,
    );
    return {
      accessToken: res.accessToken,
      refreshToken: res.refreshToken,
      expiresAt: new Date(Date.now() + res.expiresIn * 1000),
    };
  } catch (err) {
    // The code or refresh token itself is never in the message: HubSpot's status line is enough.
    if (isHubSpotError(err) && err.code < 500)
      throw new AppError(
        kind === "authorization_code" ? "bad_request" : "crm_not_connected",
        kind === "authorization_code"
          ? `HubSpot refused the authorization (${hubspotMessage(err)}); connect again`
          : `HubSpot refused to refresh the connection (${hubspotMessage(err)}); an admin reconnects it`,
      );
    throw err;
  }
}

export const exchangeHubSpotCode = (code: string) => grant("authorization_code", code);
export const refreshHubSpotToken = (refreshToken: string) => grant("refresh_token", refreshToken);

/** The portal a token belongs to: its id and domain, for "connected as …". */
export async function hubspotAccount(
  accessToken: string,
): Promise<{ accountId: string; accountName: string | null }> {
  const info = await hubspotClient().oauth.accessTokensApi.get(accessToken);
  return { accountId: String(info.hubId), accountName: info.hubDomain ?? null };
}

/** Revokes the refresh token; one HubSpot no longer knows is already as good as revoked. */
export async function revokeHubSpotToken(refreshToken: string): Promise<void> {
  try {
    await hubspotClient().oauth.refreshTokensApi.archive(refreshToken);
  } catch (err) {
    if (isHubSpotError(err) && (err.code === 404 || err.code === 400)) return;
    throw err;
  }
}

export const hubspotOAuthFlow: CrmOAuth = {
  configured: hubspotConfigured,
  authorizeUrl: hubspotAuthorizeUrl,
  async exchange(code) {
    const tokens = await exchangeHubSpotCode(code);
    return { tokens, account: await hubspotAccount(tokens.accessToken) };
  },
  refresh: refreshHubSpotToken,
  revoke: revokeHubSpotToken,
};
