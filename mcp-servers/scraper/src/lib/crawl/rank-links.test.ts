import { describe, expect, it } from "vitest";
import { scoreLink, siteKey } from "./rank-links";

const rank = (links: [string, string][]) =>
  links
    .map(([href, text]) => ({ href, score: scoreLink(`https://acme.test${href}`, text) }))
    .filter((l) => l.score > -Infinity)
    .sort((a, b) => b.score - a.score)
    .map((l) => l.href);

describe("contact-likely ranking", () => {
  it("puts contact, imprint, team and about pages before the rest, in many languages", () => {
    expect(
      rank([
        ["/blog/2024/launch", "Launch"],
        ["/products", "Products"],
        ["/ueber-uns", "Über uns"],
        ["/karriere", "Karriere"],
        ["/page-7", "Kontaktieren Sie uns"],
        ["/mentions-legales", "Mentions légales"],
        ["/chi-siamo/squadra", "La squadra"],
        ["/brochure.pdf", "Brochure"],
      ]),
    ).toEqual([
      "/page-7",
      "/mentions-legales",
      "/chi-siamo/squadra",
      "/ueber-uns",
      "/karriere",
      "/products",
      "/blog/2024/launch",
    ]);
  });

  it("prefers the shallower of two equal pages and drops non-HTML files", () => {
    expect(scoreLink("https://a.test/contact", "")).toBeGreaterThan(
      scoreLink("https://a.test/en/company/contact", ""),
    );
    expect(scoreLink("https://a.test/contact.jpg", "Contact")).toBe(-Infinity);
  });

  it("treats www and case as the same site", () => {
    expect(siteKey("WWW.Acme.test")).toBe(siteKey("acme.test"));
  });
});
