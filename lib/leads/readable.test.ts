import { describe, expect, it } from "vitest";
import type { VerifyEmailOutput } from "@leadscout/mcp-enricher/schemas";
import { companyFacts, emailVerdict, emailVerdicts, scoreReasons } from "./readable";

const checks = {
  syntax: true,
  mx: true,
  disposable: false,
  webmail: false,
  role: false,
  gibberish: false,
};
const verdict = (over: Partial<VerifyEmailOutput>): VerifyEmailOutput => ({
  email: "dana@acme.test",
  status: "unknown",
  score: 50,
  checks,
  provider: "checks",
  attempts: [],
  ...over,
});
const words = (over: Partial<VerifyEmailOutput>) => {
  const v = emailVerdict(verdict(over))!;
  return `${v.label} — ${v.reason}`;
};

describe("email verification in words", () => {
  it("names the reason for each outcome the enricher gives", () => {
    expect(words({ status: "invalid", checks: { ...checks, mx: false } })).toBe(
      "invalid — the domain has no mail server",
    );
    expect(words({ status: "invalid", checks: { ...checks, syntax: false } })).toBe(
      "invalid — the address is not well-formed",
    );
    expect(words({ status: "invalid", checks: { ...checks, smtp: "rejected" } })).toBe(
      "invalid — the mail server refused this address",
    );
    expect(words({ status: "valid", checks: { ...checks, smtp: "accepted" } })).toBe(
      "valid — the mail server accepts this address",
    );
    expect(words({ status: "valid", provider: "hunter" })).toBe("valid — confirmed by hunter");
    expect(words({ status: "accept_all" })).toMatch(/^accept-all — .*accepts any address/);
    expect(words({ status: "disposable" })).toMatch(/^disposable — .*disposable mail provider/);
    expect(words({ status: "webmail" })).toMatch(/^personal webmail — .*not a company address/);
    expect(words({ status: "unknown", checks: { ...checks, mx: null } })).toBe(
      "unverified — the mail server lookup did not answer in time",
    );
    expect(words({ status: "unknown" })).toMatch(/^unverified — /);
  });

  it("marks shared inboxes and skips what is not a verdict", () => {
    expect(emailVerdict(verdict({ checks: { ...checks, role: true } }))?.role).toBe(true);
    expect(emailVerdict({ email: "x", status: "maybe" })).toBeUndefined();
    expect(emailVerdicts({ emails: [verdict({ status: "valid" }), 3] })).toHaveLength(1);
    expect(emailVerdicts(null)).toEqual([]);
  });
});

describe("company facts and score reasons", () => {
  it("labels company facts with the provider and confidence that gave them", () => {
    const facts = companyFacts({
      domain: "acme.test",
      name: "Acme",
      industry: "Analytics",
      founded: 2015,
      techStack: [{ name: "Next.js", category: "framework" }],
      socials: [],
      fields: {
        name: { provider: "website", confidence: 0.9 },
        industry: { provider: "company-data", confidence: 0.7 },
      },
      attempts: [],
    });
    expect(facts).toEqual([
      { label: "Name", value: "Acme", source: "website", confidence: 0.9 },
      { label: "Industry", value: "Analytics", source: "company-data", confidence: 0.7 },
      { label: "Founded", value: "2015", source: null, confidence: null },
      { label: "Technology", value: "Next.js", source: null, confidence: null },
    ]);
  });

  it("lists reasons with points, the weightiest first", () => {
    const reasons = scoreReasons([
      { factor: "Has a pricing page", points: 10, evidence: "/pricing" },
      { factor: "Generic inbox only", points: -15, evidence: "info@" },
      "not a reason",
    ]);
    expect(reasons.map((r) => [r.factor, r.points])).toEqual([
      ["Generic inbox only", -15],
      ["Has a pricing page", 10],
    ]);
  });
});
