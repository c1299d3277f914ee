import { z } from "zod";
import {
  ZEmailSchema,
  ZPersonSchema,
  ZPhoneSchema,
  ZSocialSchema,
} from "@leadscout/mcp-scraper/schemas";

// A stored lead's contact columns are the scraper's output as it was when the lead was found
// (jsonb, typed `unknown` on the way out). The lead page narrows them with the scraper's own
// schemas rather than casting: an entry that does not match is left out instead of rendering as
// an empty link. Emails are stored as plain strings (from-scrape.ts), older rows as objects.

type Email = z.infer<typeof ZEmailSchema>;

/** The items of a JSON array that match `schema`; anything else (not an array) is empty. */
export function itemsOf<S extends z.ZodType>(schema: S, value: unknown): z.output<S>[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

const ZStoredEmailSchema = z.union([z.string(), ZEmailSchema]);

/** Emails, phones, socials and people of a lead, each entry checked against the scraper's shape. */
export function leadContacts(lead: {
  emails: unknown;
  phones: unknown;
  socials: unknown;
  people: unknown;
  source_url: string | null;
}) {
  const emails = itemsOf(ZStoredEmailSchema, lead.emails).map(
    (e): Omit<Email, "sourceUrl"> & { sourceUrl: string | null } =>
      // A plain string's page is the lead's source.
      typeof e === "string" ? { value: e, sourceUrl: lead.source_url } : e,
  );
  return {
    emails,
    phones: itemsOf(ZPhoneSchema, lead.phones),
    socials: itemsOf(ZSocialSchema, lead.socials),
    people: itemsOf(ZPersonSchema, lead.people),
  };
}
