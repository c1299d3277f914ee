import { describe, expect, it } from "vitest";
import { DEFAULT_RULE_SET, ZRuleSetSchema } from "./schema";
import { scoreLead } from "./score";

const lead = {
  domain: "acme.io",
  emails: ["jane@acme.io"],
  people: [{ name: "Jane Doe", title: "Geschäftsführerin" }],
  pages: [{ url: "https://acme.io/karriere", text: "Wir stellen ein! Jetzt bewerben." }],
};

describe("scoreLead", () => {
  it("lists every point awarded with evidence and sums them", () => {
    const q = scoreLead(lead, DEFAULT_RULE_SET);
    expect(q.reasons).toEqual([
      { factor: "Business email address", points: 15, evidence: "jane@acme.io" },
      {
        factor: "Email of a named person, not a shared inbox",
        points: 5,
        evidence: "jane@acme.io",
      },
      {
        factor: "Decision maker named on the site",
        points: 20,
        evidence: "Jane Doe (Geschäftsführerin)",
      },
      {
        factor: "Hiring (careers page or job ads)",
        points: 10,
        evidence: "Wir stellen ein! Jetzt bewerben.",
      },
    ]);
    expect(q).toMatchObject({ score: 50, status: "warm", method: "rules" });
    expect(q.signals).toEqual([
      {
        type: "hiring",
        strength: 0.9,
        evidence: "Wir stellen ein! Jetzt bewerben.",
        sourceUrl: "https://acme.io/karriere",
      },
    ]);
  });

  it("is deterministic", () => {
    expect(scoreLead(lead, DEFAULT_RULE_SET)).toEqual(
      scoreLead(structuredClone(lead), DEFAULT_RULE_SET),
    );
  });

  it("caps to 0..100 and applies the rule set's thresholds", () => {
    const rules = ZRuleSetSchema.parse({
      base: 10,
      thresholds: { hot: 95, warm: 60 },
      rules: [
        { id: "a", label: "A", points: 100, when: { op: "exists", field: "domain" } },
        { id: "b", label: "B", points: 50, when: { op: "exists", field: "emails" } },
      ],
    });
    expect(scoreLead(lead, rules)).toMatchObject({ score: 100, status: "hot" });
    const negative = ZRuleSetSchema.parse({
      rules: [{ id: "n", label: "N", points: -80, when: { op: "exists", field: "domain" } }],
    });
    expect(scoreLead(lead, negative)).toMatchObject({
      score: 0,
      status: "cold",
      reasons: [{ factor: "N", points: -80, evidence: "acme.io" }],
    });
  });

  it("marks webmail-only leads down", () => {
    const q = scoreLead(
      { company: { name: "Solo" }, emails: ["solo@gmail.com", "solo@web.de"] },
      DEFAULT_RULE_SET,
    );
    expect(q.reasons).toEqual([
      {
        factor: "Only free webmail addresses",
        points: -10,
        evidence: "solo@gmail.com; solo@web.de; no derived.businessEmails",
      },
    ]);
    expect(q.score).toBe(0);
  });
});
