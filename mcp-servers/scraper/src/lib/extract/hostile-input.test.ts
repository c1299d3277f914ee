import { describe, expect, it } from "vitest";
import { extractPage } from "./index";

// Pages built to make naive regexes backtrack: the extractor must still answer, and answer right.
describe("hostile input", () => {
  it("finds the real address next to a 50k-character token ending in @", () => {
    const r = extractPage(
      `<p>${"a".repeat(50_000)}@x.de</p><p>info@acme.de</p>`,
      "https://acme.de/",
    );
    expect(r.emails.map((e) => e.value)).toEqual(["info@acme.de"]);
  });
  it("survives long dotted runs, long domains and spaced @ chains", () => {
    const html = `<p>${"a.".repeat(30_000)}@</p><p>x@${"a-".repeat(30_000)}</p><p>${"a ".repeat(20_000)} @ ${"b.".repeat(20_000)}</p>`;
    expect(extractPage(html, "https://acme.de/").emails).toEqual([]);
  });
  it("handles malformed markup and broken JSON-LD", () => {
    const html = `<html><body><div><p>Tel. <b>030 1234567<p><a href="mailto:%E0%A4%A">x</a><script type="application/ld+json">{"@type": "Organization", "name": </script><a href="http://[::1">y</a>`;
    const r = extractPage(html, "https://acme.de/");
    expect(r.phones.map((p) => p.value)).toEqual(["+49301234567"]);
    expect(r.emails).toEqual([]);
  });
});
