import { describe, expect, it } from "vitest";
import { evidenceFound, haystackOf } from "./evidence";

const hay = haystackOf({
  data: { emails: ["Jane@Acme.io"], people: [{ name: "Jane Doe", title: "CEO" }] },
  pages: [{ url: "u", text: "We’re   hiring\nengineers in Berlin. Series A led by X." }],
});

describe("evidence check", () => {
  it("finds quotes despite case, whitespace, quote style and ellipses", () => {
    expect(evidenceFound("jane@acme.io", hay)).toBe(true);
    expect(evidenceFound('"We\'re hiring engineers in Berlin"', hay)).toBe(true);
    expect(evidenceFound("hiring … Series A led by X", hay)).toBe(true);
  });

  it("rejects invented or empty evidence", () => {
    expect(evidenceFound("John Smith, CTO", hay)).toBe(false);
    expect(evidenceFound("hiring … raised $50M", hay)).toBe(false);
    expect(evidenceFound("…", hay)).toBe(false);
    expect(evidenceFound("X", hay)).toBe(false);
  });
});
