import type { AuditAction } from "@/lib/audit/schemas";

// How each action reads in the table and the filter.
const LABELS: Record<AuditAction, string> = {
  "organization.created": "Organization created",
  "organization.renamed": "Organization renamed",
  "invitation.created": "Invitation sent",
  "invitation.revoked": "Invitation revoked",
  "invitation.accepted": "Invitation accepted",
  "member.role_changed": "Role changed",
  "member.removed": "Member removed",
  "member.left": "Member left",
  "member.account_deleted": "Member deleted their account",
  "api_key.created": "API key created",
  "api_key.revoked": "API key revoked",
  "webhook.created": "Webhook created",
  "webhook.updated": "Webhook changed",
  "webhook.secret_rotated": "Webhook secret rotated",
  "webhook.deleted": "Webhook deleted",
  "webhook.disabled": "Webhook disabled",
  "provider_key.saved": "Provider key saved",
  "provider_key.removed": "Provider key removed",
  "provider_key.checked": "Provider key checked",
  "lead.deleted": "Leads deleted",
  "leads.exported": "Leads exported",
  "leads.imported": "Leads imported",
  "contacts.deleted": "Contacts deleted",
  "contacts.exported": "Contacts exported",
  "crm.connected": "CRM connected",
  "crm.disconnected": "CRM disconnected",
  "crm.settings_changed": "CRM settings changed",
  "scoring_rules.updated": "Scoring rules saved",
  "scoring_rules.reset": "Scoring rules reset",
  "inbound_form.created": "Form created",
  "inbound_form.updated": "Form changed",
  "inbound_form.deleted": "Form deleted",
  "organization.deleted": "Organization deleted",
  "account.deleted": "Account deleted",
  "account.password_reset": "Password reset by email",
  "account.password_changed": "Password changed",
  "account.email_changed": "Email changed",
  "account.sessions_revoked": "Sessions signed out",
  "credits.starting_granted": "Starting credits granted",
};

export function actionLabel(action: string): string {
  return LABELS[action as AuditAction] ?? action;
}

/** The few metadata facts worth a glance, as "key: value" pairs (the API has the full object). */
export function detailsOf(metadata: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(metadata)) {
    if (k === "ids" || v === null || v === undefined) continue;
    if (k === "changes" && v && typeof v === "object") {
      parts.push(`changed: ${Object.keys(v).join(", ") || "nothing"}`);
      continue;
    }
    const text = typeof v === "string" ? v : JSON.stringify(v);
    parts.push(`${k.replace(/_/g, " ")}: ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`);
  }
  return parts.join(" · ") || "—";
}
