import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hotLead } from "./fixtures";
import { startQualifier, type RunningQualifier } from "./start-qualifier";

// Bad input gets a clear isError naming the problem, and the server keeps serving afterwards.

let q: RunningQualifier;
beforeAll(async () => {
  q = await startQualifier();
});
afterAll(async () => {
  await q?.close();
});

async function expectError(name: string, args: Record<string, unknown>, ...fragments: string[]) {
  const res = await q.client.callTool({ name, arguments: args });
  expect(res.isError, JSON.stringify(res.content)).toBe(true);
  const text = (res.content as { type: string; text: string }[])[0]!.text;
  for (const f of fragments) expect(text).toContain(f);
  // Still alive and well.
  const ok = await q.client.callTool({
    name: "generate_score",
    arguments: { lead_data: { domain: "still-here.example" } },
  });
  expect(ok.isError).toBeFalsy();
}

const rule = (when: unknown) => ({ rules: [{ id: "r", label: "R", points: 10, when }] });

describe("bad input", () => {
  it("missing lead_data", () => expectError("qualify_lead", {}, "lead_data"));
  it("a lead with neither domain nor company name", () =>
    expectError(
      "generate_score",
      { lead_data: { emails: ["a@b.example"] } },
      "a lead needs a domain or a company name",
    ));
  it("wrong types", () =>
    expectError(
      "generate_score",
      { lead_data: { domain: 42, emails: "x@y.example" } },
      "lead_data.domain",
      "lead_data.emails",
    ));
  it("empty content for detect_signals", () =>
    expectError("detect_signals", { content: "" }, "content must not be empty"));

  it("10,000 leads in one call", () =>
    expectError(
      "batch_qualify",
      { leads: Array.from({ length: 10_000 }, (_, i) => ({ domain: `d${i}.example` })) },
      "at most 500 leads",
      "leads",
    ));

  it("a rule set with an unknown operator", () =>
    expectError(
      "generate_score",
      { lead_data: hotLead, rules: rule({ op: "fuzzy", field: "domain", value: "x" }) },
      "unknown operator",
      "rules.rules[0].when.op",
    ));

  it("an unknown operator nested inside and/not", () =>
    expectError(
      "qualify_lead",
      {
        lead_data: hotLead,
        rules: rule({
          op: "and",
          conditions: [{ op: "not", condition: { op: "regex", field: "domain" } }],
        }),
      },
      "unknown operator",
      "rules.rules[0].when.conditions[0].condition.op",
    ));

  it("a regex RE2 cannot run in linear time (backreference, lookahead)", async () => {
    await expectError(
      "generate_score",
      { lead_data: hotLead, rules: rule({ op: "matches", field: "domain", pattern: "(a+)\\1" }) },
      "not a supported regular expression",
      "pattern",
    );
    await expectError(
      "generate_score",
      { lead_data: hotLead, rules: rule({ op: "matches", field: "domain", pattern: "(?=a)a" }) },
      "not a supported regular expression",
    );
  });

  it("thresholds the wrong way round", () =>
    expectError(
      "generate_score",
      {
        lead_data: hotLead,
        rules: {
          thresholds: { hot: 30, warm: 60 },
          rules: rule({ op: "exists", field: "domain" }).rules,
        },
      },
      "thresholds.hot must be greater",
    ));

  it("a catastrophically backtracking pattern runs in linear time instead of hanging", async () => {
    // With a backtracking engine "(a+)+$" against 30,000 'a's and a '!' would not finish in
    // the age of the universe; RE2 answers at once and the server stays responsive.
    const evil = {
      domain: "evil.example",
      pages: [{ url: "https://evil.example/", text: `${"a".repeat(30_000)}!` }],
    };
    const rules = {
      rules: [
        {
          id: "evil",
          label: "Evil pattern",
          points: 10,
          when: { op: "matches", field: "pages.text", pattern: "(a+)+$" },
        },
        {
          id: "also",
          label: "Nested alternation",
          points: 5,
          when: { op: "matches", field: "pages.text", pattern: "^(a|aa)*!$" },
        },
      ],
    };
    const res = await q.client.callTool({
      name: "generate_score",
      arguments: { lead_data: evil, rules },
    });
    expect(res.isError).toBeFalsy();
    const result = res.structuredContent as { score: number; reasons: { factor: string }[] };
    expect(result.reasons.map((r) => r.factor)).toEqual(["Nested alternation"]);
    expect(result.score).toBe(5);
  });
});
