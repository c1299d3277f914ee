import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import { decryptForOrg, encryptForOrg } from "@/lib/crypto";
import { asServiceRole, withUser, type JwtClaims } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@leadscout/log";
import { requireMembership } from "@/lib/orgs";
import { CRMS } from "./providers";
import {
  CRM_PROVIDER_LABELS,
  type CrmConnectionStatus,
  type CrmProvider,
  type SalesforceObjectMode,
} from "./schemas";

// An organization's CRM connection: connect (OAuth authorization code, `state` bound to the admin
// and organization, single use, 10 minutes), tokens sealed per organization, refresh before
// expiry (and on a 401, through accessTokenFor's refresh), revocation on disconnect. No function
// here returns a token to a caller outside lib/crm; status reads never select the token columns.
// Each CRM's own OAuth calls are behind CRMS[provider].oauth (providers.ts).

const STATE_TTL_MS = 10 * 60_000;
/** Refresh this long before the CRM's expiry, so a push never starts with a dying token. */
const EXPIRY_MARGIN_MS = 60_000;

const hashState = (state: string) => createHash("sha256").update(state).digest("hex");

/** Admins only: where to send the admin's browser to grant access. */
export async function startCrmConnect(
  claims: JwtClaims,
  orgId: string,
  provider: CrmProvider,
): Promise<{ authorizeUrl: string }> {
  if (!CRMS[provider].oauth.configured()) throw notConfigured(provider);
  await withUser(claims, (tx) => requireMembership(tx, claims.sub, orgId, ["admin"]));
  const state = randomBytes(32).toString("base64url");
  await asServiceRole(async (tx) => {
    await tx.deleteFrom("crm_oauth_states").where("expires_at", "<", new Date()).execute();
    await tx
      .insertInto("crm_oauth_states")
      .values({
        state_hash: hashState(state),
        org_id: orgId,
        user_id: claims.sub,
        provider,
        expires_at: new Date(Date.now() + STATE_TTL_MS),
      })
      .execute();
  });
  return { authorizeUrl: CRMS[provider].oauth.authorizeUrl(state) };
}

/**
 * The OAuth callback: the state must be one this same user started, unused and fresh; it is
 * consumed before the code is exchanged, so a replayed callback finds nothing.
 */
export async function completeCrmConnect(
  claims: JwtClaims,
  input: { state: string; code: string; provider?: CrmProvider },
): Promise<{ orgId: string; provider: CrmProvider }> {
  const pending = await asServiceRole((tx) =>
    tx
      .deleteFrom("crm_oauth_states")
      .where("state_hash", "=", hashState(input.state))
      .returning(["org_id", "user_id", "provider", "expires_at"])
      .executeTakeFirst(),
  );
  // The callback's path names the CRM that redirected; a state started for the other one is refused.
  if (
    !pending ||
    pending.user_id !== claims.sub ||
    pending.expires_at.getTime() < Date.now() ||
    (input.provider && input.provider !== pending.provider)
  )
    throw new AppError(
      "bad_request",
      "This connection request is unknown, used or expired: start again from Settings › Integrations",
    );
  const orgId = pending.org_id;
  await withUser(claims, (tx) => requireMembership(tx, claims.sub, orgId, ["admin"]));
  const { tokens, account } = await CRMS[pending.provider].oauth.exchange(input.code);
  await asServiceRole(async (tx) => {
    const values = {
      account_id: account.accountId,
      account_name: account.accountName,
      access_token: encryptForOrg(orgId, tokens.accessToken),
      refresh_token: encryptForOrg(orgId, tokens.refreshToken),
      expires_at: tokens.expiresAt,
      instance_url: tokens.instanceUrl ?? null,
      connected_by: claims.sub,
      created_at: new Date(),
      updated_at: new Date(),
    };
    await tx
      .insertInto("crm_connections")
      .values({ org_id: orgId, provider: pending.provider, ...values })
      .onConflict((oc) => oc.columns(["org_id", "provider"]).doUpdateSet(values))
      .execute();
  });
  // The actor writes their own audit entry (the insert policy allows exactly that).
  await withUser(claims, (tx) =>
    recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "crm.connected",
      targetType: "crm_connection",
      targetId: pending.provider,
      metadata: { provider: pending.provider, account: account.accountName ?? account.accountId },
    }),
  );
  return { orgId, provider: pending.provider };
}

/** Admins only: revokes the refresh token at the CRM, then forgets the connection. */
export async function disconnectCrm(
  claims: JwtClaims,
  orgId: string,
  provider: CrmProvider,
): Promise<void> {
  await withUser(claims, (tx) => requireMembership(tx, claims.sub, orgId, ["admin"]));
  const row = await asServiceRole((tx) =>
    tx
      .deleteFrom("crm_connections")
      .where("org_id", "=", orgId)
      .where("provider", "=", provider)
      .returning(["refresh_token", "account_name", "account_id"])
      .executeTakeFirst(),
  );
  if (!row) throw new AppError("not_found", `${CRM_PROVIDER_LABELS[provider]} is not connected`);
  let revoked = true;
  try {
    await CRMS[provider].oauth.revoke(decryptForOrg(orgId, row.refresh_token));
  } catch (err) {
    // The connection is gone on our side either way; the admin can also remove the app in the CRM.
    revoked = false;
    log.warn("crm.revoke_failed", { orgId, provider, error: (err as Error).message });
  }
  await withUser(claims, (tx) =>
    recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "crm.disconnected",
      targetType: "crm_connection",
      targetId: provider,
      metadata: { provider, account: row.account_name ?? row.account_id, revoked },
    }),
  );
}

/** Any member: what the Integrations page shows. */
export async function crmStatus(
  claims: JwtClaims,
  orgId: string,
  provider: CrmProvider,
): Promise<CrmConnectionStatus> {
  await withUser(claims, (tx) => requireMembership(tx, claims.sub, orgId));
  const row = await asServiceRole((tx) =>
    tx
      .selectFrom("crm_connections")
      .select(["account_id", "account_name", "created_at", "push_completed_jobs", "object_mode"])
      .where("org_id", "=", orgId)
      .where("provider", "=", provider)
      .executeTakeFirst(),
  );
  return {
    provider,
    configured: CRMS[provider].oauth.configured(),
    connected: Boolean(row),
    accountId: row?.account_id ?? null,
    accountName: row?.account_name ?? null,
    connectedAt: row ? row.created_at.toISOString() : null,
    pushCompletedJobs: row?.push_completed_jobs ?? false,
    objectMode: row?.object_mode ?? "account_contact",
  };
}

/** Admins only: the opt-in "push every completed job". */
export async function setPushCompletedJobs(
  claims: JwtClaims,
  orgId: string,
  provider: CrmProvider,
  on: boolean,
): Promise<void> {
  await withUser(claims, (tx) => requireMembership(tx, claims.sub, orgId, ["admin"]));
  const res = await asServiceRole((tx) =>
    tx
      .updateTable("crm_connections")
      .set({ push_completed_jobs: on, updated_at: new Date() })
      .where("org_id", "=", orgId)
      .where("provider", "=", provider)
      .executeTakeFirst(),
  );
  if (!res.numUpdatedRows) throw notConnected(provider);
}

export interface CrmSession {
  accessToken: string;
  /** A fresh access token (after a 401), stored sealed for the next caller. */
  refresh: () => Promise<string>;
  fieldMapping: Record<string, string>;
  /** Salesforce: the org's API host; a refresh may change it (the session follows). */
  instanceUrl: string | null;
  objectMode: SalesforceObjectMode;
}

/** For the push worker (service role): a usable access token, refreshed first when expiring. */
export async function crmSessionFor(orgId: string, provider: CrmProvider): Promise<CrmSession> {
  const row = await asServiceRole((tx) =>
    tx
      .selectFrom("crm_connections")
      .select([
        "access_token",
        "refresh_token",
        "expires_at",
        "field_mapping",
        "instance_url",
        "object_mode",
      ])
      .where("org_id", "=", orgId)
      .where("provider", "=", provider)
      .executeTakeFirst(),
  );
  if (!row) throw notConnected(provider);
  const refreshToken = decryptForOrg(orgId, row.refresh_token);
  const session: CrmSession = {
    accessToken: "",
    fieldMapping: row.field_mapping,
    instanceUrl: row.instance_url,
    objectMode: row.object_mode,
    refresh: async () => {
      const tokens = await CRMS[provider].oauth.refresh(refreshToken);
      await asServiceRole((tx) =>
        tx
          .updateTable("crm_connections")
          .set({
            access_token: encryptForOrg(orgId, tokens.accessToken),
            refresh_token: encryptForOrg(orgId, tokens.refreshToken),
            expires_at: tokens.expiresAt,
            ...(tokens.instanceUrl ? { instance_url: tokens.instanceUrl } : {}),
            updated_at: new Date(),
          })
          .where("org_id", "=", orgId)
          .where("provider", "=", provider)
          .execute(),
      );
      session.accessToken = tokens.accessToken;
      if (tokens.instanceUrl) session.instanceUrl = tokens.instanceUrl;
      return tokens.accessToken;
    },
  };
  session.accessToken =
    row.expires_at.getTime() - EXPIRY_MARGIN_MS < Date.now()
      ? await session.refresh()
      : decryptForOrg(orgId, row.access_token);
  return session;
}

export const notConnected = (provider: CrmProvider) =>
  new AppError(
    "crm_not_connected",
    `${CRM_PROVIDER_LABELS[provider]} is not connected: an admin connects it in Settings › Integrations`,
  );

const notConfigured = (provider: CrmProvider) =>
  new AppError(
    "crm_not_configured",
    `${CRM_PROVIDER_LABELS[provider]} is not configured on this installation`,
  );
