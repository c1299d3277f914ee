import { expect, it } from "vitest";
import { leadContacts } from "./lead-contacts";

const lead = (over: Record<string, unknown>) => ({
  emails: [],
  phones: [],
  socials: [],
  people: [],
  source_url: "https://acme.test/",
  ...over,
});

it("gives a plain-string email the lead's source page, and keeps a recorded one", () => {
  const { emails } = leadContacts(
    lead({
      emails: ["ada@acme.test", { value: "bob@acme.test", sourceUrl: "https://acme.test/team" }],
    }),
  );
  expect(emails).toEqual([
    { value: "ada@acme.test", sourceUrl: "https://acme.test/" },
    { value: "bob@acme.test", sourceUrl: "https://acme.test/team" },
  ]);
});

it("keeps entries in the scraper's shapes and leaves out what does not match them", () => {
  const phone = { value: "+493012345678", raw: "030 1234 5678", sourceUrl: "https://acme.test/" };
  const social = {
    platform: "linkedin",
    url: "https://www.linkedin.com/company/acme",
    kind: "company",
    sourceUrl: "https://acme.test/",
  };
  const got = leadContacts(
    lead({
      emails: [42, { value: "no-source@acme.test" }],
      phones: [phone, { value: "+1" }, null],
      socials: [social, { platform: "myspace", url: "x", sourceUrl: "y" }],
      people: [{ name: "Ada Lovelace", title: "CTO" }, { title: "nameless" }],
    }),
  );
  expect(got).toEqual({
    emails: [],
    phones: [phone],
    socials: [social],
    people: [{ name: "Ada Lovelace", title: "CTO" }],
  });
});

it("reads a column that is not an array (null, an object) as empty", () => {
  const got = leadContacts(lead({ emails: null, phones: { value: "+1" }, socials: "x" }));
  expect(got).toEqual({ emails: [], phones: [], socials: [], people: [] });
});
