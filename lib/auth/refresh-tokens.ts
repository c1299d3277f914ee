import { createHash, randomBytes, randomUUID } from "node:crypto";
import { asServiceRole, type Tx } from "@/lib/db";

export const REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 60 * 60;

export interface IssuedRefreshToken {
  token: string;
  familyId: string;
  userId: string;
}

export type RotationResult =
  | { ok: true; issued: IssuedRefreshToken; email: string; fullName: string | null }
  | { ok: false; reason: "unknown" | "expired" | "revoked" | "reused"; familyId?: string };

/** The client a session was started from (shown in the list of sessions). */
export interface SessionDevice {
  ip?: string | null;
  userAgent?: string | null;
}

export function hashRefreshToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function newToken(): string {
  return randomBytes(32).toString("base64url");
}

async function insertToken(
  tx: Tx,
  userId: string,
  familyId: string,
  parentId: string | null,
  now: Date,
  device: SessionDevice = {},
): Promise<string> {
  const token = newToken();
  await tx
    .insertInto("auth.local_refresh_tokens")
    .values({
      user_id: userId,
      family_id: familyId,
      parent_id: parentId,
      token_hash: hashRefreshToken(token),
      expires_at: new Date(now.getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000),
      created_at: now,
      // Where the session started, for the account page's list of sessions (first token only).
      ...(parentId === null
        ? { ip: device.ip ?? null, user_agent: device.userAgent?.slice(0, 400) ?? null }
        : {}),
    })
    .execute();
  return token;
}

/** Starts a new family (one per sign-in); its id is the access token's session_id. */
export async function issueRefreshToken(
  userId: string,
  now = new Date(),
  device: SessionDevice = {},
): Promise<IssuedRefreshToken> {
  const familyId = randomUUID();
  const token = await asServiceRole((tx) => insertToken(tx, userId, familyId, null, now, device));
  return { token, familyId, userId };
}

export async function revokeFamily(familyId: string, now = new Date()): Promise<void> {
  await asServiceRole((tx) =>
    tx
      .updateTable("auth.local_refresh_tokens")
      .set({ revoked_at: now })
      .where("family_id", "=", familyId)
      .where("revoked_at", "is", null)
      .execute(),
  );
}

/**
 * Spends `token` and hands back its child in the same family. A token that was already spent is
 * the signature of a stolen copy: the whole family is revoked, signing out thief and owner alike.
 * `graceMs` tolerates the browser's own race — two requests sent with the same cookie a moment
 * apart — by giving the late one a sibling instead of treating it as theft.
 */
export async function rotateRefreshToken(
  token: string,
  opts: { now?: Date; graceMs?: number } = {},
): Promise<RotationResult> {
  const now = opts.now ?? new Date();
  const graceMs = opts.graceMs ?? 10_000;
  return asServiceRole(async (tx) => {
    const row = await tx
      .selectFrom("auth.local_refresh_tokens as t")
      .innerJoin("auth.users as u", "u.id", "t.user_id")
      .select([
        "t.id",
        "t.user_id",
        "t.family_id",
        "t.used_at",
        "t.revoked_at",
        "t.expires_at",
        "u.email",
        "u.raw_user_meta_data",
      ])
      .where("t.token_hash", "=", hashRefreshToken(token))
      .forUpdate("t")
      .executeTakeFirst();
    if (!row) return { ok: false, reason: "unknown" } as const;
    if (row.revoked_at) return { ok: false, reason: "revoked", familyId: row.family_id } as const;
    if (row.expires_at.getTime() <= now.getTime()) return { ok: false, reason: "expired" } as const;
    if (row.used_at) {
      const withinGrace = now.getTime() - row.used_at.getTime() < graceMs;
      if (!withinGrace) {
        await tx
          .updateTable("auth.local_refresh_tokens")
          .set({ revoked_at: now })
          .where("family_id", "=", row.family_id)
          .where("revoked_at", "is", null)
          .execute();
        return { ok: false, reason: "reused", familyId: row.family_id } as const;
      }
    } else {
      await tx
        .updateTable("auth.local_refresh_tokens")
        .set({ used_at: now })
        .where("id", "=", row.id)
        .execute();
    }
    const child = await insertToken(tx, row.user_id, row.family_id, row.id, now);
    const meta = row.raw_user_meta_data ?? {};
    return {
      ok: true,
      issued: { token: child, familyId: row.family_id, userId: row.user_id },
      email: row.email ?? "",
      fullName: typeof meta.full_name === "string" ? meta.full_name : null,
    } as const;
  });
}

/**
 * Revokes the family the token belongs to (sign-out) and names it; unknown tokens are ignored
 * (undefined).
 */
export async function revokeFamilyOf(token: string, now = new Date()): Promise<string | undefined> {
  return asServiceRole(async (tx) => {
    const row = await tx
      .selectFrom("auth.local_refresh_tokens")
      .select("family_id")
      .where("token_hash", "=", hashRefreshToken(token))
      .executeTakeFirst();
    if (!row) return undefined;
    await tx
      .updateTable("auth.local_refresh_tokens")
      .set({ revoked_at: now })
      .where("family_id", "=", row.family_id)
      .where("revoked_at", "is", null)
      .execute();
    return row.family_id;
  });
}

/** The user's sessions (refresh-token families) that are still live. */
export async function familiesOf(userId: string): Promise<string[]> {
  const rows = await asServiceRole((tx) =>
    tx
      .selectFrom("auth.local_refresh_tokens")
      .select("family_id")
      .distinct()
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .execute(),
  );
  return rows.map((r) => r.family_id);
}
