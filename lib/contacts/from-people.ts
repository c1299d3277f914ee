import { isRoleAccount } from "@leadscout/mcp-enricher/email-lists";
import type { LeadDraft } from "@/lib/leads/from-scrape";

/** One person found on a company's site, as the contacts table keeps them. */
export interface ContactDraft {
  dedupeKey: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  sourceUrl: string | null;
  domain: string;
}

/** Case and runs of whitespace do not make a different person. */
export function normalizedName(name: string): string {
  return name.replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * A person's own address, or null: generic inboxes (info@, sales@, …) belong to the company and
 * stay on its lead, so they neither key nor reach a contact.
 */
export function personalEmail(email: string | undefined): string | null {
  const value = email?.trim().toLowerCase();
  if (!value || !value.includes("@")) return null;
  return isRoleAccount(value.slice(0, value.indexOf("@"))) ? null : value;
}

/**
 * The lead's people as contacts: keyed by personal email, else by the company's domain and the
 * normalized name (so the same person found by two jobs, or on two pages, is one contact). When a
 * site lists someone twice, the sightings merge: the first non-empty value of each field wins.
 */
export function contactsFromLead(draft: LeadDraft): ContactDraft[] {
  const byKey = new Map<string, ContactDraft>();
  for (const person of draft.people) {
    const name = person.name.replace(/\s+/g, " ").trim();
    if (!name) continue;
    const email = personalEmail(person.email);
    const dedupeKey = (
      email ? `email:${email}` : `name:${draft.domain}|${normalizedName(name)}`
    ).slice(0, 700);
    const found: ContactDraft = {
      dedupeKey,
      name: name.slice(0, 300),
      title: person.title?.slice(0, 300) || null,
      email,
      phone: person.phone?.slice(0, 40) || null,
      linkedinUrl: person.linkedin?.slice(0, 500) || null,
      sourceUrl: person.sourceUrl?.slice(0, 2000) || null,
      domain: draft.domain,
    };
    const prev = byKey.get(dedupeKey);
    byKey.set(
      dedupeKey,
      prev
        ? {
            ...prev,
            title: prev.title ?? found.title,
            phone: prev.phone ?? found.phone,
            linkedinUrl: prev.linkedinUrl ?? found.linkedinUrl,
            sourceUrl: prev.sourceUrl ?? found.sourceUrl,
          }
        : found,
    );
  }
  return [...byKey.values()];
}
