import { sql } from "kysely";
import { z } from "zod";
import { withUser, type JwtClaims } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { pageLimit } from "@/lib/api/cursor";
import { requireMembership } from "@/lib/orgs/membership";
import { lowerBound, upperBound, ZAuditLogQuerySchema, type AuditEntry } from "./schemas";

export interface AuditLogPage {
  data: AuditEntry[];
  next_cursor: string | null;
}

// Ids are an identity column, so "newest first" is id order and the cursor is the last id seen.
const ZCursorSchema = z.tuple([z.literal("audit"), z.string().regex(/^\d{1,19}$/)]);

const encodeCursor = (id: string) =>
  Buffer.from(JSON.stringify(["audit", id])).toString("base64url");

function decodeCursor(raw: string): string {
  try {
    const parsed = ZCursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString()));
    if (parsed.success) return parsed.data[1];
  } catch {
    // falls through to the field error
  }
  throw new AppError("validation_failed", "The cursor is not valid", {
    fields: { cursor: ["Use next_cursor from the previous page"] },
  });
}

/**
 * The organization's audit log, newest first, a page at a time; admins only (members and viewers
 * get 403, another organization 404). RLS agrees: only admins can read the rows at all.
 */
export async function listAuditLog(
  claims: JwtClaims,
  orgId: string,
  query: unknown = {},
): Promise<AuditLogPage> {
  const parsed = ZAuditLogQuerySchema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, "The audit log query is invalid");
  const { actor, action, from, to, limit, cursor } = parsed.data;
  const before = cursor ? decodeCursor(cursor) : undefined;
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin"]);
    let q = tx
      .selectFrom("audit_log as a")
      .leftJoin("profiles as p", "p.id", "a.actor_id")
      .select([
        sql<string>`a.id::text`.as("id"),
        "a.action",
        "a.actor_id",
        "p.email",
        "p.full_name",
        "a.target_type",
        "a.target_id",
        "a.metadata",
        "a.created_at",
      ])
      .where("a.org_id", "=", orgId);
    if (actor) q = q.where("a.actor_id", "=", actor);
    if (action) q = q.where("a.action", "=", action);
    if (from) q = q.where("a.created_at", ">=", lowerBound(from));
    if (to) q = q.where("a.created_at", "<", upperBound(to));
    if (before) q = q.where(sql<boolean>`a.id < ${before}::bigint`);
    const rows = await q.orderBy("a.id", "desc").limit(pageLimit(limit)).execute();
    const page = rows.slice(0, limit);
    return {
      data: page.map((r) => ({
        id: r.id,
        action: r.action,
        actor: r.actor_id ? { id: r.actor_id, email: r.email, name: r.full_name } : null,
        target_type: r.target_type,
        target_id: r.target_id,
        metadata: (r.metadata ?? {}) as Record<string, unknown>,
        created_at: new Date(r.created_at).toISOString(),
      })),
      next_cursor: rows.length > limit && page.length ? encodeCursor(page.at(-1)!.id) : null,
    };
  });
}
