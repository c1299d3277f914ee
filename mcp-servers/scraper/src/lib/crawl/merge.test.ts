import { describe, expect, it } from "vitest";
import type { PageExtraction } from "../extract/types";
import { mergeExtractions } from "./merge";

const page = (url: string, p: Partial<PageExtraction>): PageExtraction => ({
  phones: [],
  socials: [],
  people: [],
  company: {},
  links: [],
  looksScriptBuilt: false,
  ...p,
  emails: (p.emails ?? []).map((e) => ({ ...e, sourceUrl: url })),
});

describe("mergeExtractions", () => {
  it("dedupes across pages keeping the first page, and fills people from later sightings", () => {
    const merged = mergeExtractions([
      page("https://a.test/", {
        emails: [{ value: "Info@A.test", sourceUrl: "" }],
        company: { name: "A" },
        people: [{ name: "Ada Byron", title: "CEO", sourceUrl: "https://a.test/" }],
      }),
      page("https://a.test/contact", {
        emails: [
          { value: "info@a.test", sourceUrl: "" },
          { value: "sales@a.test", sourceUrl: "" },
        ],
        phones: [
          {
            value: "+4930123456",
            raw: "030 123456",
            sourceUrl: "https://a.test/contact",
            kind: "phone",
          },
        ],
        company: { name: "Other", description: "We do A." },
        people: [
          {
            name: "ada  byron",
            email: "ada@a.test",
            title: "Chair",
            sourceUrl: "https://a.test/team",
          },
        ],
      }),
      page("https://a.test/imprint", {
        phones: [
          {
            value: "+4930123456",
            raw: "Fax 030 123456",
            sourceUrl: "https://a.test/imprint",
            kind: "fax",
          },
        ],
        address: "Hauptstr. 1, Berlin",
      }),
    ]);
    expect(merged.emails).toEqual([
      { value: "info@a.test", sourceUrl: "https://a.test/" },
      { value: "sales@a.test", sourceUrl: "https://a.test/contact" },
    ]);
    expect(merged.company).toEqual({ name: "A", description: "We do A." });
    expect(merged.people).toEqual([
      { name: "Ada Byron", title: "CEO", email: "ada@a.test", sourceUrl: "https://a.test/" },
    ]);
    expect(merged.phones).toEqual([
      { value: "+4930123456", raw: "030 123456", sourceUrl: "https://a.test/contact", kind: "fax" },
    ]);
    expect(merged.address).toBe("Hauptstr. 1, Berlin");
  });
});
