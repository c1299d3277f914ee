import type { Lead } from "@/lib/leads/lead-view";

/** What a row of the leads table needs, and nothing more: the page sends only this to the browser. */
export type LeadRow = Pick<
  Lead,
  | "id"
  | "company"
  | "name"
  | "title"
  | "domain"
  | "email"
  | "phone"
  | "status"
  | "score"
  | "stage"
  | "created_at"
>;

export function toLeadRow(l: Lead): LeadRow {
  return {
    id: l.id,
    company: l.company,
    name: l.name,
    title: l.title,
    domain: l.domain,
    email: l.email,
    phone: l.phone,
    status: l.status,
    score: l.score,
    stage: l.stage,
    created_at: l.created_at,
  };
}

export function leadTitle(lead: Pick<Lead, "company" | "name" | "domain">): string {
  return lead.company ?? lead.name ?? lead.domain ?? "Unnamed lead";
}

export const dateFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeZone: "UTC",
});
