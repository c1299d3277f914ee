import { recordAudit } from "@/lib/audit";
import { decryptForOrg, encryptForOrg } from "@/lib/crypto";
import { asServiceRole, withUser, type JwtClaims, type Tx } from "@/lib/db";
import { AppError, notFound, validationError } from "@/lib/errors";
import { requireMembership } from "@/lib/orgs/membership";
import { checkKeyWithProvider, type CheckResult } from "./check";
import {
  KEY_PROVIDERS,
  ZKeyProviderSchema,
  ZSaveProviderKeySchema,
  keyHint,
  type KeyProvider,
  type ProviderKeyView,
} from "./schemas";

// An organization's own provider keys, managed by its admins (RLS agrees: nobody else reads the
// rows). The key is sealed before it is written and leaves the server only towards the provider.

function asAdmin<T>(claims: JwtClaims, orgId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin"]);
    return fn(tx);
  });
}

function parseProvider(provider: unknown): KeyProvider {
  const parsed = ZKeyProviderSchema.safeParse(provider);
  if (!parsed.success) throw validationError(parsed.error, "Unknown provider");
  return parsed.data;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function listProviderKeys(
  claims: JwtClaims,
  orgId: string,
): Promise<ProviderKeyView[]> {
  return asAdmin(claims, orgId, async (tx) => {
    const rows = await tx
      .selectFrom("provider_keys")
      .select([
        "provider",
        "key_hint",
        "last_checked_at",
        "last_check_ok",
        "last_check_message",
        "updated_at",
      ])
      .where("org_id", "=", orgId)
      .execute();
    return rows
      .map((r) => ({
        provider: r.provider,
        hint: r.key_hint,
        lastCheckedAt: iso(r.last_checked_at),
        lastCheckOk: r.last_check_ok,
        lastCheckMessage: r.last_check_message,
        updatedAt: iso(r.updated_at)!,
      }))
      .sort((a, b) => KEY_PROVIDERS.indexOf(a.provider) - KEY_PROVIDERS.indexOf(b.provider));
  });
}

/**
 * Which providers the organization has its own key for, for any member (the settings page shows
 * members that a key exists, never its hint; job creation decides the charge by it).
 */
export async function providersWithOwnKey(
  claims: JwtClaims,
  orgId: string,
): Promise<KeyProvider[]> {
  await withUser(claims, (tx) => requireMembership(tx, claims.sub, orgId));
  return orgKeyProviders(orgId);
}

/** Saves (or replaces) the organization's key for one provider; answers with its hint only. */
export async function saveProviderKey(
  claims: JwtClaims,
  orgId: string,
  input: unknown,
): Promise<ProviderKeyView> {
  const parsed = ZSaveProviderKeySchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The key is invalid");
  const { provider, key } = parsed.data;
  return asAdmin(claims, orgId, async (tx) => {
    const row = await tx
      .insertInto("provider_keys")
      .values({
        org_id: orgId,
        provider,
        sealed_key: encryptForOrg(orgId, key),
        key_hint: keyHint(key),
        created_by: claims.sub,
        updated_by: claims.sub,
      })
      .onConflict((oc) =>
        oc.columns(["org_id", "provider"]).doUpdateSet((eb) => ({
          sealed_key: eb.ref("excluded.sealed_key"),
          key_hint: eb.ref("excluded.key_hint"),
          updated_by: eb.ref("excluded.updated_by"),
          updated_at: new Date(),
          // A new key has not been checked yet.
          last_checked_at: null,
          last_check_ok: null,
          last_check_message: null,
        })),
      )
      .returning(["id", "key_hint", "updated_at", "created_at"])
      .executeTakeFirstOrThrow();
    const replaced = new Date(row.created_at).getTime() !== new Date(row.updated_at).getTime();
    await recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "provider_key.saved",
      targetType: "provider_key",
      targetId: row.id,
      metadata: { provider, hint: row.key_hint, replaced },
    });
    return {
      provider,
      hint: row.key_hint,
      lastCheckedAt: null,
      lastCheckOk: null,
      lastCheckMessage: null,
      updatedAt: iso(row.updated_at)!,
    };
  });
}

/** Removes the organization's key for one provider: its jobs use the platform's key again. */
export async function removeProviderKey(
  claims: JwtClaims,
  orgId: string,
  providerInput: unknown,
): Promise<{ removed: true; provider: KeyProvider }> {
  const provider = parseProvider(providerInput);
  return asAdmin(claims, orgId, async (tx) => {
    const row = await tx
      .deleteFrom("provider_keys")
      .where("org_id", "=", orgId)
      .where("provider", "=", provider)
      .returning(["id", "key_hint"])
      .executeTakeFirst();
    if (!row) throw notFound("Provider key");
    await recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "provider_key.removed",
      targetType: "provider_key",
      targetId: row.id,
      metadata: { provider, hint: row.key_hint },
    });
    return { removed: true, provider };
  });
}

/** One cheap call to the provider with the stored key; the outcome is kept beside the key. */
export async function checkProviderKey(
  claims: JwtClaims,
  orgId: string,
  providerInput: unknown,
): Promise<CheckResult & { provider: KeyProvider; checkedAt: string }> {
  const provider = parseProvider(providerInput);
  const stored = await asAdmin(claims, orgId, (tx) =>
    tx
      .selectFrom("provider_keys")
      .select(["id", "sealed_key"])
      .where("org_id", "=", orgId)
      .where("provider", "=", provider)
      .executeTakeFirst(),
  );
  if (!stored) throw notFound("Provider key");
  // The provider is called outside any transaction: a slow answer holds no connection.
  const result = await checkKeyWithProvider(provider, decryptForOrg(orgId, stored.sealed_key));
  const checkedAt = new Date();
  await asAdmin(claims, orgId, async (tx) => {
    const updated = await tx
      .updateTable("provider_keys")
      .set({
        last_checked_at: checkedAt,
        last_check_ok: result.ok,
        last_check_message: result.message,
      })
      .where("id", "=", stored.id)
      .where("org_id", "=", orgId)
      .executeTakeFirst();
    // Replaced or removed while the provider answered: that key's outcome is not this one's.
    if (Number(updated.numUpdatedRows) === 0)
      throw new AppError("conflict", "The key changed while it was being checked; check again");
    await recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "provider_key.checked",
      targetType: "provider_key",
      targetId: stored.id,
      metadata: { provider, ok: result.ok },
    });
  });
  return { ...result, provider, checkedAt: checkedAt.toISOString() };
}

/** The providers `orgId` has its own key for (service role: workers and job creation). */
export async function orgKeyProviders(orgId: string): Promise<KeyProvider[]> {
  const rows = await asServiceRole((tx) =>
    tx.selectFrom("provider_keys").select("provider").where("org_id", "=", orgId).execute(),
  );
  return rows.map((r) => r.provider);
}

/** The organization's own key for `provider`, opened, or null (service role: the job pipeline). */
export async function orgProviderKey(orgId: string, provider: KeyProvider): Promise<string | null> {
  const row = await asServiceRole((tx) =>
    tx
      .selectFrom("provider_keys")
      .select("sealed_key")
      .where("org_id", "=", orgId)
      .where("provider", "=", provider)
      .executeTakeFirst(),
  );
  return row ? decryptForOrg(orgId, row.sealed_key) : null;
}

/**
 * The organization's own keys for `providers`, opened, in one read (service role: the job
 * pipeline, at the moment it calls the provider). A provider without a key is absent.
 */
export async function orgProviderKeys<P extends KeyProvider>(
  orgId: string,
  providers: readonly P[],
): Promise<Partial<Record<P, string>>> {
  if (!providers.length) return {};
  const rows = await asServiceRole((tx) =>
    tx
      .selectFrom("provider_keys")
      .select(["provider", "sealed_key"])
      .where("org_id", "=", orgId)
      .where("provider", "in", providers)
      .execute(),
  );
  const out: Partial<Record<P, string>> = {};
  for (const r of rows) out[r.provider as P] = decryptForOrg(orgId, r.sealed_key);
  return out;
}
