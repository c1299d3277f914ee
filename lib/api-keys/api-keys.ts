import { sql, type Selectable } from "kysely";
import { recordAudit } from "@/lib/audit";
import {
  authenticateApiKey,
  isPolicyRefusal,
  withUser,
  type ApiKeysTable,
  type JwtClaims,
} from "@/lib/db";
import { AppError, emailUnverifiedError, notFound, validationError } from "@/lib/errors";
import { apiKeyHint, API_KEY_PATTERN, generateApiKey } from "./generate";
import { hashApiKey } from "./hash";
import { ZCreateApiKeySchema, type CreateApiKeyInput } from "./schemas";
import type { ApiKeyPrincipal, ApiKeySummary } from "./types";

type ApiKeyRow = Selectable<ApiKeysTable>;

const SUMMARY_COLUMNS = [
  "id",
  "org_id",
  "name",
  "key_hint",
  "scopes",
  "expires_at",
  "revoked_at",
  "last_used_at",
  "created_by",
  "created_at",
] as const;

function toSummary(r: Pick<ApiKeyRow, (typeof SUMMARY_COLUMNS)[number]>): ApiKeySummary {
  return {
    id: r.id,
    orgId: r.org_id,
    name: r.name,
    keyHint: r.key_hint,
    scopes: r.scopes,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

const isDenied = isPolicyRefusal;

/**
 * Issues a key for an organization as the signed-in user; RLS lets admins and members do it.
 * Returns the plaintext once: only its HMAC is stored.
 */
export async function createApiKey(
  claims: JwtClaims,
  input: CreateApiKeyInput,
): Promise<{ apiKey: ApiKeySummary; key: string }> {
  const parsed = ZCreateApiKeySchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { orgId, name, scopes, expiresAt } = parsed.data;
  const key = generateApiKey();
  try {
    const row = await withUser(claims, async (tx) => {
      const created = await tx
        .insertInto("api_keys")
        .values({
          org_id: orgId,
          name,
          key_hash: hashApiKey(key),
          key_hint: apiKeyHint(key),
          scopes,
          expires_at: expiresAt ?? null,
          created_by: claims.sub,
        })
        .returning(SUMMARY_COLUMNS)
        .executeTakeFirstOrThrow();
      await recordAudit(tx, {
        orgId,
        actorId: claims.sub,
        action: "api_key.created",
        targetType: "api_key",
        targetId: created.id,
        metadata: { name, scopes, key_hint: created.key_hint, expires_at: expiresAt ?? null },
      });
      return created;
    });
    return { apiKey: toSummary(row), key };
  } catch (err) {
    const unverified = emailUnverifiedError(err, "creating API keys");
    if (unverified) throw unverified;
    if (isDenied(err))
      throw new AppError("forbidden", "Only admins and members can create API keys", {
        cause: err,
      });
    throw err;
  }
}

/** The organization's keys, newest first, for admins and members (viewers see none). */
export async function listApiKeys(claims: JwtClaims, orgId: string): Promise<ApiKeySummary[]> {
  const rows = await withUser(claims, (tx) =>
    tx
      .selectFrom("api_keys")
      .select(SUMMARY_COLUMNS)
      .where("org_id", "=", orgId)
      .orderBy("created_at", "desc")
      .execute(),
  );
  return rows.map(toSummary);
}

/** Revokes a key; revoking twice keeps the first time. A key the user cannot see is not found. */
export async function revokeApiKey(
  claims: JwtClaims,
  orgId: string,
  keyId: string,
): Promise<ApiKeySummary> {
  const row = await withUser(claims, async (tx) => {
    const updated = await tx
      .updateTable("api_keys")
      .set({ revoked_at: sql<Date>`coalesce(revoked_at, now())` })
      .where("id", "=", keyId)
      .where("org_id", "=", orgId)
      .returning([...SUMMARY_COLUMNS, sql<boolean>`revoked_at = now()`.as("just_revoked")])
      .executeTakeFirst();
    // Revoking twice keeps the first time, and the first record.
    if (updated?.just_revoked)
      await recordAudit(tx, {
        orgId,
        actorId: claims.sub,
        action: "api_key.revoked",
        targetType: "api_key",
        targetId: updated.id,
        metadata: { name: updated.name, key_hint: updated.key_hint },
      });
    return updated;
  });
  if (!row) throw notFound("API key");
  return toSummary(row);
}

const invalidKey = () => new AppError("invalid_api_key", "Invalid, revoked or expired API key");

/**
 * Resolves a presented key for the REST API in one round trip (authenticateApiKey in lib/db, the
 * privileged path). Nothing is cached here, so a revocation or expiry holds from the very next call.
 */
export async function verifyApiKey(plaintext: string): Promise<ApiKeyPrincipal> {
  if (!API_KEY_PATTERN.test(plaintext)) throw invalidKey();
  return verifyApiKeyHash(hashApiKey(plaintext));
}

/** verifyApiKey for a key already hashed. */
export async function verifyApiKeyHash(keyHash: string): Promise<ApiKeyPrincipal> {
  const row = await authenticateApiKey(keyHash);
  if (!row) throw invalidKey();
  return { keyId: row.key_id, orgId: row.org_id, scopes: row.scopes, createdBy: row.created_by };
}
