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

/** Two sightings of one person: the first non-empty value of each field wins. */
function merged(prev: ContactDraft, next: ContactDraft): ContactDraft {
  return {
    ...prev,
    title: prev.title ?? next.title,
    phone: prev.phone ?? next.phone,
    linkedinUrl: prev.linkedinUrl ?? next.linkedinUrl,
    sourceUrl: prev.sourceUrl ?? next.sourceUrl,
  };
}

/**
 * The lead's people as contacts: keyed by personal email, else by the company's domain and the
 * normalized name (so the same person found by two jobs, or on two pages, is one contact). When a
 * site lists someone twice the sightings merge, and a sighting without an email joins the one
 * sighting of that name that has one (two people of one name with two emails stay apart, and the
 * name alone cannot say which, so it stays a contact of its own).
 */
export function contactsFromLead(draft: Pick<LeadDraft, "people" | "domain">): ContactDraft[] {
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
    byKey.set(dedupeKey, prev ? merged(prev, found) : found);
  }
  const withEmail = new Map<string, ContactDraft[]>();
  for (const c of byKey.values())
    if (c.email)
      withEmail.set(normalizedName(c.name), [...(withEmail.get(normalizedName(c.name)) ?? []), c]);
  for (const [key, c] of byKey) {
    const match = c.email ? undefined : withEmail.get(normalizedName(c.name));
    if (match?.length !== 1) continue;
    byKey.set(match[0]!.dedupeKey, merged(byKey.get(match[0]!.dedupeKey)!, c));
    byKey.delete(key);
  }
  return [...byKey.values()];
}
