import type {
  EmailItem,
  PageExtraction,
  PersonItem,
  PhoneItem,
  SocialItem,
} from "../extract/types";

export interface SiteContacts {
  emails: EmailItem[];
  phones: PhoneItem[];
  socials: SocialItem[];
  people: PersonItem[];
  company: { name?: string; description?: string };
  address?: string;
}

function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Merges per-page results in crawl order (the root first): each contact keeps the first page it
 * was seen on; a person seen twice gains the fields the second sighting adds.
 */
export function mergeExtractions(pages: PageExtraction[]): SiteContacts {
  const people = new Map<string, PersonItem>();
  for (const page of pages) {
    for (const p of page.people) {
      const key = p.name.trim().toLowerCase().replace(/\s+/g, " ");
      const prev = people.get(key);
      people.set(key, prev ? { ...p, ...definedOnly(prev) } : { ...p });
    }
  }
  const company: SiteContacts["company"] = {};
  for (const page of pages) {
    company.name ??= page.company.name;
    company.description ??= page.company.description;
  }
  const faxes = new Set(
    pages.flatMap((p) => p.phones.filter((q) => q.kind === "fax").map((q) => q.value)),
  );
  return {
    emails: dedupe(
      pages.flatMap((p) => p.emails),
      (e) => e.value.toLowerCase(),
    ).map((e) => ({ ...e, value: e.value.toLowerCase() })),
    // A number listed as fax anywhere stays a fax: calling it would be useless.
    phones: dedupe(
      pages.flatMap((p) => p.phones),
      (p) => p.value,
    ).map((p) => (faxes.has(p.value) ? { ...p, kind: "fax" as const } : p)),
    socials: dedupe(
      pages.flatMap((p) => p.socials),
      (s) => s.url.toLowerCase(),
    ),
    people: [...people.values()],
    company,
    address: pages.find((p) => p.address)?.address,
  };
}
