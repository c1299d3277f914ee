import { describe, expect, it } from "vitest";
import { compileCondition } from "./evaluate";
import { buildFacts } from "./facts";
import type { Condition } from "./schema";

const facts = buildFacts(
  {
    domain: "acme.io",
    company: { name: "Acme", description: "Warehouse robots for mid-size retailers" },
    emails: [
      "jane@acme.io",
      { value: "acme.team@gmail.com", sourceUrl: "https://acme.io/contact" },
    ],
    phones: [{ value: "+4930123", kind: "fax" }],
    people: [{ name: "Jane Doe", title: "Chief Executive Officer" }],
    enrichment: { employees: 120, industry: "Logistics" },
  },
  [
    {
      type: "hiring",
      strength: 0.8,
      evidence: "We're hiring engineers",
      sourceUrl: "https://acme.io/jobs",
    },
  ],
);

const run = (c: Condition) => compileCondition(c)(facts);

describe("conditions", () => {
  it("equals is case-insensitive for text and exact for numbers", () => {
    expect(run({ op: "equals", field: "enrichment.industry", value: "logistics" })).toEqual({
      ok: true,
      evidence: ["Logistics"],
    });
    expect(run({ op: "equals", field: "enrichment.employees", value: 120 }).ok).toBe(true);
    expect(run({ op: "equals", field: "enrichment.employees", value: 121 }).ok).toBe(false);
  });

  it("in matches any listed value", () => {
    expect(
      run({ op: "in", field: "enrichment.industry", values: ["Retail", "Logistics"] }).ok,
    ).toBe(true);
    expect(run({ op: "in", field: "enrichment.industry", values: ["Retail"] }).ok).toBe(false);
  });

  it("contains and matches quote what they found, with the item's context", () => {
    expect(run({ op: "contains", field: "company.description", value: "ROBOTS" }).evidence).toEqual(
      ["Warehouse robots for mid-size retailers"],
    );
    expect(
      run({ op: "matches", field: "people.title", pattern: "chief \\w+ officer" }).evidence,
    ).toEqual(["Jane Doe (Chief Executive Officer)"]);
    expect(
      run({ op: "matches", field: "people.title", pattern: "^CHIEF", caseSensitive: true }).ok,
    ).toBe(false);
  });

  it("exists walks arrays and derived facts", () => {
    expect(run({ op: "exists", field: "derived.businessEmails" }).evidence).toEqual([
      "jane@acme.io",
    ]);
    expect(run({ op: "exists", field: "derived.directPhones" }).ok).toBe(false); // only a fax
    expect(run({ op: "exists", field: "signals.hiring" }).evidence).toEqual([
      "We're hiring engineers",
    ]);
    expect(run({ op: "exists", field: "signals.funding" }).ok).toBe(false);
  });

  it("gte and lte compare numbers, including signal strengths", () => {
    expect(run({ op: "gte", field: "signals.hiring.strength", value: 0.8 }).ok).toBe(true);
    expect(run({ op: "gte", field: "signals.hiring.strength", value: 0.81 }).ok).toBe(false);
    expect(run({ op: "lte", field: "enrichment.employees", value: 200 }).evidence).toEqual([
      "enrichment.employees = 120",
    ]);
    expect(run({ op: "gte", field: "company.name", value: 1 }).ok).toBe(false);
  });

  it("and, or, not combine", () => {
    const webmailOnly: Condition = {
      op: "and",
      conditions: [
        { op: "exists", field: "derived.webmailEmails" },
        { op: "not", condition: { op: "exists", field: "derived.businessEmails" } },
      ],
    };
    expect(run(webmailOnly).ok).toBe(false);
    expect(run({ op: "not", condition: { op: "exists", field: "signals.funding" } })).toEqual({
      ok: true,
      evidence: ["no signals.funding"],
    });
    expect(
      run({
        op: "or",
        conditions: [
          { op: "exists", field: "nope" },
          { op: "exists", field: "domain" },
        ],
      }).evidence,
    ).toEqual(["acme.io"]);
  });
});
