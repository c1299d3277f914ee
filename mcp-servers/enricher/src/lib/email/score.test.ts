import { describe, expect, it } from "vitest";
import type { EmailChecks } from "../schemas";
import { scoreOf } from "./score";

const base: EmailChecks = {
  syntax: true,
  mx: true,
  disposable: false,
  webmail: false,
  role: false,
  gibberish: false,
};

describe("scoreOf", () => {
  it("orders statuses and lets soft signals move the score within a band", () => {
    expect(scoreOf("invalid", base)).toBe(0);
    expect(scoreOf("disposable", base)).toBe(5);
    expect(scoreOf("valid", base)).toBe(90);
    expect(scoreOf("unknown", base)).toBe(60);
    expect(scoreOf("unknown", { ...base, mx: null })).toBe(50);
    expect(scoreOf("unknown", { ...base, role: true, gibberish: true })).toBe(20);
    expect(scoreOf("valid", base, 100)).toBe(95);
  });
});
