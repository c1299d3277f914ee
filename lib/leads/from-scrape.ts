import { ZScrapeResultSchema, type ScrapeResult } from "@leadscout/mcp-scraper/schemas";

// The scraper's scrape_url output, parsed with the scraper's own schema (its package exports the
// contract; unknown keys are dropped, so the server can grow).
export const ZScrapedSiteSchema = ZScrapeResultSchema;
export type ScrapedSite = ScrapeResult;

/** What one scraped site becomes: one company lead carrying its contacts and people. */
export interface LeadDraft {
  dedupeKey: string;
  email: string | null;
  phone: string | null;
  name: string | null;
  title: string | null;
  company: string | null;
  domain: string;
  website: string;
  linkedinUrl: string | null;
  address: string | null;
  emails: string[];
  phones: ScrapedSite["phones"];
  socials: ScrapedSite["socials"];
  people: ScrapedSite["people"];
}

/**
 * Names, titles and company names are single-line fields: a CR or LF scraped into one (a JSON-LD
 * value, a heading split over lines) would break a CSV row or hide a formula behind a line break,
 * so every run of whitespace collapses to one space before it is stored.
 */
export function oneLine(value: string | null | undefined): string | null {
  return value?.replace(/\s+/g, " ").trim() || null;
}

/**
 * Dedupe key, as the schema defines it: the lead's email when it has one, else domain + "|" +
 * lowercased name. The primary email is the first the scraper found (it lists the home page and
 * contact pages first), so the same site always maps to the same key.
 */
export function leadFromScrape(site: ScrapedSite): LeadDraft {
  const emails = [...new Set(site.emails.map((e) => e.value.toLowerCase()))];
  const email = emails[0] ?? null;
  const company = oneLine(site.company.name);
  const domain = site.company.domain.toLowerCase();
  const dedupeKey = email ?? `${domain}|${(company ?? domain).toLowerCase()}`;
  const phone = site.phones.find((p) => p.kind !== "fax")?.value ?? null;
  const linkedin =
    site.socials.find((s) => s.platform === "linkedin" && s.kind !== "person")?.url ??
    site.socials.find((s) => s.platform === "linkedin")?.url ??
    null;
  const people = site.people.map((p) => ({
    ...p,
    name: oneLine(p.name) ?? "",
    ...(p.title !== undefined ? { title: oneLine(p.title) ?? undefined } : {}),
  }));
  const contact = email ? people.find((p) => p.email?.toLowerCase() === email) : undefined;
  return {
    dedupeKey: dedupeKey.slice(0, 600),
    email,
    phone,
    name: contact?.name ?? null,
    title: contact?.title ?? null,
    company,
    domain,
    website: site.finalUrl || site.url,
    linkedinUrl: linkedin,
    address: site.address ?? null,
    emails,
    phones: site.phones,
    socials: site.socials,
    people,
  };
}

/** The qualifier's lead_data for a draft (its ZLeadDataSchema). */
export function leadDataFor(site: ScrapedSite): Record<string, unknown> {
  return {
    domain: site.company.domain,
    company: site.company,
    emails: site.emails,
    phones: site.phones,
    socials: site.socials,
    people: site.people,
    ...(site.address ? { address: site.address } : {}),
  };
}
