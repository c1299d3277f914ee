import { describe, expect, it } from "vitest";
import type { LeadDraft } from "@/lib/leads/from-scrape";
import { contactsFromLead, personalEmail } from "./from-people";

const draft = (people: LeadDraft["people"]): LeadDraft => ({
  dedupeKey: "acme.test|acme",
  email: null,
  phone: null,
  name: null,
  title: null,
  company: "Acme",
  domain: "acme.test",
  website: "https://acme.test/",
  linkedinUrl: null,
  address: null,
  emails: [],
  phones: [],
  socials: [],
  people,
});

describe("contactsFromLead", () => {
  it("keys by personal email, else by domain and normalized name", () => {
    const contacts = contactsFromLead(
      draft([
        {
          name: "Jane Doe",
          title: "CEO",
          email: "Jane@Acme.test",
          sourceUrl: "https://acme.test/team",
        },
        { name: "  john   SMITH ", sourceUrl: "https://acme.test/about" },
      ]),
    );
    expect(contacts.map((c) => c.dedupeKey)).toEqual([
      "email:jane@acme.test",
      "name:acme.test|john smith",
    ]);
    expect(contacts[0]).toMatchObject({
      name: "Jane Doe",
      title: "CEO",
      email: "jane@acme.test",
      sourceUrl: "https://acme.test/team",
      domain: "acme.test",
    });
    expect(contacts[1]).toMatchObject({ name: "john SMITH", email: null });
  });

  it("leaves generic inboxes on the company: the person is kept, keyed by name", () => {
    const [c] = contactsFromLead(draft([{ name: "Mia Wong", email: "info@acme.test" }]));
    expect(c).toMatchObject({ email: null, dedupeKey: "name:acme.test|mia wong" });
    expect(personalEmail("sales+eu@acme.test")).toBeNull();
    expect(personalEmail("mia.wong@acme.test")).toBe("mia.wong@acme.test");
    expect(personalEmail("not-an-address")).toBeNull();
  });

  it("merges a person listed twice: the first value of each field wins, blanks are filled", () => {
    const contacts = contactsFromLead(
      draft([
        { name: "Jane Doe", sourceUrl: "https://acme.test/" },
        { name: "jane doe", title: "CEO", linkedin: "https://www.linkedin.com/in/janedoe" },
        { name: "" },
      ]),
    );
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({
      name: "Jane Doe",
      title: "CEO",
      linkedinUrl: "https://www.linkedin.com/in/janedoe",
      sourceUrl: "https://acme.test/",
    });
  });

  it("joins a sighting without an email to the one sighting of that name that has one", () => {
    const contacts = contactsFromLead(
      draft([
        { name: "Ada Lovelace", title: "CEO", email: "ada@acme.test" },
        { name: "ada  lovelace", phone: "+44 20 7946 0000", sourceUrl: "https://acme.test/" },
      ]),
    );
    expect(contacts).toEqual([
      expect.objectContaining({
        dedupeKey: "email:ada@acme.test",
        title: "CEO",
        phone: "+44 20 7946 0000",
        sourceUrl: "https://acme.test/",
      }),
    ]);
  });

  it("keeps a name-only sighting apart when two people of that name have two emails", () => {
    const contacts = contactsFromLead(
      draft([
        { name: "Sam Lee", email: "sam.lee@acme.test" },
        { name: "Sam Lee", email: "slee@acme.test" },
        { name: "Sam Lee", title: "CTO" },
      ]),
    );
    expect(contacts.map((c) => c.dedupeKey)).toEqual([
      "email:sam.lee@acme.test",
      "email:slee@acme.test",
      "name:acme.test|sam lee",
    ]);
  });
});
