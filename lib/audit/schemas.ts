import { z } from "zod";

// Client-safe: the audit log's vocabulary and its list query, shared by the page, the API and the
// OpenAPI document. One action per kind of change; the record's metadata says what changed.

export const AUDIT_ACTIONS = [
  "organization.created",
  "organization.renamed",
  "invitation.created",
  "invitation.revoked",
  "invitation.accepted",
  "member.role_changed",
  "member.removed",
  "member.left",
  "member.account_deleted",
  "api_key.created",
  "api_key.revoked",
  "webhook.created",
  "webhook.updated",
  "webhook.secret_rotated",
  "webhook.deleted",
  "webhook.disabled",
  "provider_key.saved",
  "provider_key.removed",
  "provider_key.checked",
  "lead.deleted",
  "leads.exported",
  "leads.imported",
  "contacts.deleted",
  "contacts.exported",
  "crm.connected",
  "crm.disconnected",
  "crm.settings_changed",
  "scoring_rules.updated",
  "inbound_form.created",
  "inbound_form.updated",
  "inbound_form.deleted",
  "scoring_rules.reset",
  "account.password_reset",
  "account.password_changed",
  "account.email_changed",
  "account.sessions_revoked",
  "credits.starting_granted",
  // Platform entries (org_id null): what they name no longer exists (lib/erasure).
  "organization.deleted",
  "account.deleted",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_TARGET_TYPES = [
  "organization",
  "invitation",
  "member",
  "api_key",
  "webhook",
  "provider_key",
  "lead",
  "contact",
  "crm_connection",
  "scoring_rules",
  "account",
  "inbound_form",
] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/** A calendar day (whole day, UTC) or an exact ISO 8601 instant. */
const ZWhenSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: "Use a date (2026-01-31) or an ISO 8601 date-time",
});

export const ZAuditLogQuerySchema = z
  .strictObject({
    actor: z.uuid({ error: "Must be a user id" }).optional().describe("Only entries by this user"),
    action: z
      .enum(AUDIT_ACTIONS, { error: `One of: ${AUDIT_ACTIONS.join(", ")}` })
      .optional()
      .describe("Only entries of this action"),
    from: ZWhenSchema.optional().describe("Entries at or after this date (UTC) or instant"),
    to: ZWhenSchema.optional().describe("Entries up to this date (inclusive, UTC) or instant"),
    limit: z.coerce
      .number({ error: "Must be a number" })
      .int("Must be a whole number")
      .min(1, "At least 1")
      .max(100, "At most 100")
      .default(50)
      .describe("Entries per page, newest first (1..100, default 50)"),
    cursor: z.string().max(200).optional().describe("meta.next_cursor of the previous page"),
  })
  .refine((q) => !q.from || !q.to || lowerBound(q.from) <= upperBound(q.to), {
    path: ["to"],
    message: "Must not be before from",
  });
export type AuditLogQuery = z.input<typeof ZAuditLogQuerySchema>;

const DAY_MS = 86_400_000;
const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The first instant `from` admits. */
export function lowerBound(from: string): Date {
  return new Date(isDay(from) ? `${from}T00:00:00Z` : from);
}

/** The first instant past `to`: a day includes all of itself. */
export function upperBound(to: string): Date {
  const t = new Date(isDay(to) ? `${to}T00:00:00Z` : to);
  return isDay(to) ? new Date(t.getTime() + DAY_MS) : new Date(t.getTime() + 1);
}

/** An entry as admins read it (page and API). */
export const ZAuditEntrySchema = z.object({
  id: z.string().describe("Entry id; newer entries have larger ids"),
  action: z.string().describe("What happened, e.g. webhook.created"),
  actor: z
    .object({ id: z.uuid(), email: z.string().nullable(), name: z.string().nullable() })
    .nullable()
    .describe("Who did it; null for the system (e.g. an endpoint disabled after failures)"),
  target_type: z.string().nullable(),
  target_id: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()).describe("What changed (names, from/to, counts)"),
  created_at: z.iso.datetime(),
});
export type AuditEntry = z.infer<typeof ZAuditEntrySchema>;
