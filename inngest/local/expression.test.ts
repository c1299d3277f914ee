import { describe, expect, it } from "vitest";
import {
  compileCondition,
  evaluate,
  parseExpression,
  UnsupportedExpressionError,
} from "./expression";

const run = {
  name: "job/created",
  data: { jobId: "j1", orgId: "o1", n: 3, tags: { "a-b": true } },
};

describe("expression subset", () => {
  it("matches the SDK's `match` form: event.<path> == async.<path>", () => {
    const matches = compileCondition("event.data.jobId == async.data.jobId");
    expect(matches({ event: run, async: { data: { jobId: "j1" } } })).toBe(true);
    expect(matches({ event: run, async: { data: { jobId: "j2" } } })).toBe(false);
    expect(matches({ event: run, async: { data: {} } })).toBe(false);
  });

  it("handles literals, comparisons, && || ! and parentheses", () => {
    const ctx = { event: run };
    const truth = (src: string) => Boolean(evaluate(parseExpression(src), ctx));
    expect(truth("event.data.n >= 3 && event.data.orgId != 'o2'")).toBe(true);
    expect(truth(`event.data.n < 3 || (event.name == "job/created" && !false)`)).toBe(true);
    expect(truth(`event.data.tags["a-b"] == true`)).toBe(true);
    expect(truth("event.data.missing == null")).toBe(true);
    expect(truth("event.data.n > 'x'")).toBe(false);
    expect(compileCondition(undefined)({})).toBe(true);
  });

  it("evaluates a concurrency key to the value at the path", () => {
    expect(evaluate(parseExpression("event.data.orgId"), { event: run })).toBe("o1");
    expect(evaluate(parseExpression("'global'"), { event: run })).toBe("global");
  });

  it.each([
    ["event.data.name.startsWith('a')", "function calls"],
    ["size(event.data.tags) > 1", "unknown name"],
    ["event.data.n + 1 == 4", "unexpected"],
    ["event.data.x == 'open", "unterminated"],
    ["vars.x == 1", "unknown name"],
  ])("rejects %s instead of guessing", (src, why) => {
    expect(() => parseExpression(src)).toThrow(UnsupportedExpressionError);
    expect(() => parseExpression(src)).toThrow(why);
  });
});
