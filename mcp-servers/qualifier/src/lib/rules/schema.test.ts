import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DEFAULT_RULE_SET, ZRuleSetSchema } from "./schema";

const one = (when: unknown) => ({ rules: [{ id: "r", label: "R", points: 5, when }] });
const problems = (input: unknown) => {
  const r = ZRuleSetSchema.safeParse(input);
  return r.success ? "" : z.prettifyError(r.error);
};

describe("rule set schema", () => {
  it("accepts the default profile as it ships", () => {
    expect(ZRuleSetSchema.parse(DEFAULT_RULE_SET)).toEqual(DEFAULT_RULE_SET);
  });

  it("fills in default thresholds and base", () => {
    expect(ZRuleSetSchema.parse(one({ op: "exists", field: "domain" }))).toMatchObject({
      base: 0,
      thresholds: { hot: 70, warm: 40 },
    });
  });

  it("names an unknown operator and where it is", () => {
    expect(problems(one({ op: "and", conditions: [{ op: "near", field: "x" }] }))).toContain(
      "unknown operator",
    );
    expect(problems(one({ op: "and", conditions: [{ op: "near", field: "x" }] }))).toContain(
      "rules[0].when.conditions[0].op",
    );
  });

  it("rejects patterns RE2 cannot run and over-long ones", () => {
    expect(problems(one({ op: "matches", field: "x", pattern: "(\\w+)\\s\\1" }))).toContain(
      "not a supported regular expression",
    );
    expect(problems(one({ op: "matches", field: "x", pattern: "(?<=a)b" }))).toContain(
      "not a supported regular expression",
    );
    expect(problems(one({ op: "matches", field: "x", pattern: "a".repeat(501) }))).toContain(
      "longer than 500",
    );
  });

  it("rejects duplicate ids, deep nesting, bad fields and points out of range", () => {
    const dup = {
      rules: [0, 1].map(() => ({
        id: "same",
        label: "S",
        points: 1,
        when: { op: "exists", field: "domain" },
      })),
    };
    expect(problems(dup)).toContain("duplicate rule id 'same'");
    let deep: unknown = { op: "exists", field: "domain" };
    for (let i = 0; i < 9; i++) deep = { op: "not", condition: deep };
    expect(problems(one(deep))).toContain("nest deeper than 8");
    expect(problems(one({ op: "exists", field: "a..b" }))).toContain("dotted path");
    expect(
      problems({
        rules: [{ id: "r", label: "R", points: 500, when: { op: "exists", field: "a" } }],
      }),
    ).toContain("rules[0].points");
  });
});
