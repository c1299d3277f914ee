import { z } from "zod";
import { withUser, type JwtClaims } from "@/lib/db";
import { validationError } from "@/lib/errors";
import { requireMembership } from "@/lib/orgs";
import { SYNC_OBJECT_TYPES, SYNC_OUTCOMES, type SyncLogEntry } from "./schemas";

// The sync log, newest first, for Settings › Integrations (filters) and a lead's page; any member
// reads it (row-level security scopes it to their organizations). Keyset pages by id.

export const ZSyncLogQuerySchema = z.strictObject({
  lead_id: z.uuid({ error: "Must be a lead id" }).optional(),
  push_id: z.uuid({ error: "Must be a push id" }).optional(),
  outcome: z.enum(SYNC_OUTCOMES, { error: `One of: ${SYNC_OUTCOMES.join(", ")}` }).optional(),
  object_type: z
    .enum(SYNC_OBJECT_TYPES, { error: `One of: ${SYNC_OBJECT_TYPES.join(", ")}` })
    .optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type SyncLogQuery = z.input<typeof ZSyncLogQuerySchema>;

export interface SyncLogPage {
  entries: SyncLogEntry[];
  nextBefore: number | null;
}

export async function listSyncLog(
  claims: JwtClaims,
  orgId: string,
  input: SyncLogQuery | Record<string, string | number | undefined> = {},
): Promise<SyncLogPage> {
  const parsed = ZSyncLogQuerySchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The sync log filter is invalid");
  const q = parsed.data;
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId);
    let query = tx
      .selectFrom("crm_sync_log")
      .selectAll()
      .where("org_id", "=", orgId)
      .orderBy("id", "desc")
      .limit(q.limit + 1);
    if (q.lead_id) query = query.where("lead_id", "=", q.lead_id);
    if (q.push_id) query = query.where("push_id", "=", q.push_id);
    if (q.outcome) query = query.where("outcome", "=", q.outcome);
    if (q.object_type) query = query.where("object_type", "=", q.object_type);
    if (q.before) query = query.where("id", "<", q.before);
    const rows = await query.execute();
    const page = rows.slice(0, q.limit);
    return {
      entries: page.map((r) => ({
        id: Number(r.id),
        pushId: r.push_id,
        provider: r.provider,
        leadId: r.lead_id,
        contactId: r.contact_id,
        objectType: r.object_type,
        outcome: r.outcome,
        crmId: r.crm_id,
        message: r.message,
        createdAt: r.created_at.toISOString(),
      })),
      nextBefore: rows.length > q.limit ? Number(page[page.length - 1]!.id) : null,
    };
  });
}
