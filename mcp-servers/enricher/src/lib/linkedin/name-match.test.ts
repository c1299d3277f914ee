import { describe, expect, it } from "vitest";
import { nameOverlap, nameTokens } from "./name-match";

describe("nameOverlap", () => {
  it("matches names against slugs and titles regardless of case and accents", () => {
    expect(nameOverlap("Jane Doe", "jane-doe-4b2a91")).toBe(1);
    expect(nameOverlap("José Müller", "Jose Muller – CTO")).toBe(1);
    expect(nameOverlap("Jane Doe", "Jane Smith")).toBe(0.5);
    expect(nameOverlap("Jane Doe", "roadrunner-beep")).toBe(0);
    expect(nameOverlap("", "anything")).toBe(0);
  });
});

describe("nameTokens", () => {
  it("strips accents only where there are any, with the same tokens either way", () => {
    expect(nameTokens("José Müller-Lüdenscheidt")).toEqual(["jose", "muller", "ludenscheidt"]);
    expect(nameTokens("Jose Muller-Ludenscheidt")).toEqual(["jose", "muller", "ludenscheidt"]);
    expect(nameTokens("J. R. R. Tolkien, CBE")).toEqual(["tolkien", "cbe"]);
  });
});
