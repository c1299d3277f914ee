import { describe, expect, it } from "vitest";
import { checkSyntax, parseDotAtom, parseWithGrammar } from "./syntax";

const ATEXT = "abcxyzABCXYZ0189!#$%&'*+/=?^_`{|}~-";

/** A seeded dot-atom address: 1-3 atoms before the @, 2-3 after, 1-8 atext characters each. */
function dotAtomAddress(seed: number): string {
  let s = seed;
  const next = (n: number) => ((s = (s * 1103515245 + 12345) % 2 ** 31), s % n);
  const atom = () => Array.from({ length: 1 + next(8) }, () => ATEXT[next(ATEXT.length)]).join("");
  const dotted = (min: number) => Array.from({ length: min + next(2) }, atom).join(".");
  return `${dotted(1)}@${dotted(2)}`;
}

describe("the dot-atom shortcut", () => {
  it("gives exactly what the full RFC 5322 grammar gives for dot-atom addresses", () => {
    const samples = [
      "jane.doe@acme.com",
      "Jane.Doe+leads@Acme.com",
      "o'brien@pub.ie",
      "x@y.co",
      ...Array.from({ length: 500 }, (_, i) => dotAtomAddress(i + 1)),
    ];
    for (const address of samples) {
      const fast = parseDotAtom(address);
      expect(fast, address).toBeDefined();
      expect(fast, address).toEqual(parseWithGrammar(address));
    }
  });

  it("leaves everything else to the grammar", () => {
    for (const input of [
      '"jane doe"@acme.com',
      "jane(comment)@acme.com",
      "Jane <jane@acme.com>",
      "jane..doe@acme.com",
      ".jane@acme.com",
      "jane@localhost",
      "jane@[10.0.0.1]",
      "info@bücher.de",
      "jane@acme.com, joe@acme.com",
      "jane@acme.com.",
    ])
      expect(parseDotAtom(input), input).toBeUndefined();
  });

  it("feeds the same checks as the grammar", () => {
    expect(checkSyntax(`${"a".repeat(65)}@acme.com`)).toMatchObject({ ok: false });
    expect(checkSyntax("jane@acme.123")).toMatchObject({ ok: false });
    expect(checkSyntax("jane@-acme.com")).toMatchObject({ ok: false });
    expect(checkSyntax("Jane.Doe@ACME.com")).toEqual({
      ok: true,
      local: "Jane.Doe",
      domain: "acme.com",
      address: "Jane.Doe@acme.com",
    });
  });
});
