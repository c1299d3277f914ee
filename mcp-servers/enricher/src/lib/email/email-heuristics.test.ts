import { describe, expect, it } from "vitest";
import { looksGibberish } from "./gibberish";
import { isDisposable, isRoleAccount, isWebmail } from "./lists";
import { checkSyntax } from "./syntax";

describe("checkSyntax", () => {
  it("accepts ordinary, plus-tagged, quoted and IDN addresses", () => {
    expect(checkSyntax("Jane.Doe+leads@Acme.com")).toMatchObject({ ok: true, domain: "acme.com" });
    expect(checkSyntax('"jane doe"@acme.com')).toMatchObject({ ok: true });
    expect(checkSyntax("info@bücher.de")).toMatchObject({ ok: true, domain: "xn--bcher-kva.de" });
  });

  it("rejects what is not a bare routable address, saying why", () => {
    const cases = {
      "": "empty",
      "jane@": "RFC 5322",
      "jane.acme.com": "RFC 5322",
      "Jane <jane@acme.com>": "display name",
      "jane@localhost": "RFC 5322",
      "jane@acme.123": "not a valid domain",
      "jane@-acme.com": "not a valid domain",
      "jane@[10.0.0.1]": "literal",
      [`${"a".repeat(65)}@acme.com`]: "64 octets",
      "jane@acme..com": "RFC 5322",
    };
    for (const [input, reason] of Object.entries(cases)) {
      const r = checkSyntax(input);
      expect(r.ok, input).toBe(false);
      if (!r.ok) expect(r.reason, input).toContain(reason);
    }
  });
});

describe("lists and heuristics", () => {
  it("knows disposable and webmail domains from the packages", () => {
    expect(isDisposable("mailinator.com")).toBe(true);
    expect(isDisposable("inbox.mailinator.com")).toBe(true);
    expect(isDisposable("acme.com")).toBe(false);
    expect(isWebmail("gmail.com")).toBe(true);
    expect(isWebmail("acme.com")).toBe(false);
  });

  it("spots role accounts", () => {
    expect(isRoleAccount("info")).toBe(true);
    expect(isRoleAccount("Sales+eu")).toBe(true);
    expect(isRoleAccount("no-reply")).toBe(true);
    expect(isRoleAccount("jane.doe")).toBe(false);
  });

  it("flags random local parts but not names", () => {
    for (const g of ["xkqjzwrtp", "a8f3k2m9q1z7", "3f2a9c0d1e4b5a6f7c8d"])
      expect(looksGibberish(g), g).toBe(true);
    for (const n of ["jane.doe", "schwarzkopf", "anna1987", "strengths", "j.smith", "lynch"])
      expect(looksGibberish(n), n).toBe(false);
  });
});
