import { AppError } from "@/lib/errors";
import type { CrmOAuth, TokenSet } from "../oauth";
import { checkInstanceUrl, salesforceConfigured, salesforceOAuth } from "./client";

// Salesforce's OAuth 2.0 web server flow through jsforce's OAuth2: the authorize URL on the
// login host, the code exchange and refresh at /services/oauth2/token (both answer the org's
// instance_url, checked before use), and revocation at /services/oauth2/revoke on disconnect.

/** `api` for the data API, `refresh_token` so a push can run long after the admin left. */
export const SALESFORCE_SCOPES = ["api", "refresh_token"] as const;

/**
 * Salesforce answers no expires_in: a session lasts the org's session timeout (2 hours unless an
 * admin changed it). The push refreshes before this, and on any 401 whatever the timeout is.
 */
const SESSION_MS = 2 * 60 * 60_000;

type TokenAnswer = {
  access_token: string;
  refresh_token?: string;
  instance_url: string;
  id: string;
};

function toTokens(res: TokenAnswer, refreshToken: string): TokenSet {
  return {
    accessToken: res.access_token,
    refreshToken,
    expiresAt: new Date(Date.now() + SESSION_MS),
    instanceUrl: checkInstanceUrl(res.instance_url),
  };
}

/** jsforce throws the token endpoint's `error` as the name and `error_description` as message. */
const refused = (kind: "code" | "refresh", err: unknown) => {
  const e = err as Error;
  const what = `${e.name}: ${e.message}`;
  return kind === "code"
    ? new AppError("bad_request", `Salesforce refused the authorization (${what}); connect again`)
    : new AppError(
        "crm_not_connected",
        `Salesforce refused to refresh the connection (${what}); an admin reconnects it`,
      );
};
const isOAuthError = (err: unknown) =>
  err instanceof Error && /^(invalid_|unsupported_|inactive_)/.test(err.name);

export const salesforceOAuthFlow: CrmOAuth = {
  configured: salesforceConfigured,
  authorizeUrl(state) {
    return salesforceOAuth().getAuthorizationUrl({ scope: SALESFORCE_SCOPES.join(" "), state });
  },
  async exchange(code) {
    let res: TokenAnswer;
    try {
      res = await salesforceOAuth().requestToken(code);
    } catch (err) {
      if (isOAuthError(err)) throw refused("code", err);
      throw err;
    }
    if (!res.refresh_token)
      throw new AppError(
        "bad_request",
        "Salesforce sent no refresh token: the connected app must offer the refresh_token scope",
      );
    const tokens = toTokens(res, res.refresh_token);
    // The identity URL ends /id/<organization id>/<user id>: the org is the account connected.
    const [orgId] = new URL(res.id).pathname.split("/").slice(-2);
    return {
      tokens,
      account: { accountId: orgId || "unknown", accountName: new URL(tokens.instanceUrl!).host },
    };
  },
  async refresh(refreshToken) {
    try {
      // Salesforce keeps the refresh token: the answer carries only a new access token.
      return toTokens(await salesforceOAuth().refreshToken(refreshToken), refreshToken);
    } catch (err) {
      if (isOAuthError(err)) throw refused("refresh", err);
      throw err;
    }
  },
  async revoke(refreshToken) {
    try {
      // Revoking the refresh token ends every session issued from it.
      await salesforceOAuth().revokeToken(refreshToken);
    } catch (err) {
      // A token Salesforce no longer knows is already as good as revoked.
      if (err instanceof Error && err.name === "invalid_token") return;
      throw err;
    }
  },
};
