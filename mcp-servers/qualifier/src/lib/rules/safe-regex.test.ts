import { describe, expect, it } from "vitest";
import { findSafe, safeRegexProblem } from "./safe-regex";

describe("safe regex", () => {
  it("runs patterns that backtrack catastrophically in linear time", () => {
    // Each of these would hang a backtracking engine on this input.
    const text = `${"a".repeat(50_000)}!`;
    expect(findSafe("(a+)+$", text)).toBeUndefined();
    expect(findSafe("^(a|a)*$", text)).toBeUndefined();
    expect(findSafe("(a*)*b", text)).toBeUndefined();
    expect(findSafe("(a+)+!", text)).toEqual([0, 50_001]);
  });

  it("is case-insensitive unless asked", () => {
    expect(findSafe("acme", "ACME Corp")).toEqual([0, 4]);
    expect(findSafe("acme", "ACME Corp", true)).toBeUndefined();
  });

  it("explains what it cannot run", () => {
    expect(safeRegexProblem("(a)\\1")).toMatch(/RE2 syntax.*invalid escape/);
    expect(safeRegexProblem("[")).toMatch(/missing closing ]/);
    expect(safeRegexProblem("ceo|founder")).toBeUndefined();
  });
});
