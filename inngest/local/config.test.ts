import { describe, expect, it } from "vitest";
import { concurrencyKeysFor, toLocalFunction } from "./config";

const base = {
  id: "leadscout-f",
  triggers: [{ event: "job/created", expression: "event.data.n > 1" }],
  steps: {
    step: {
      id: "step",
      name: "step",
      runtime: { type: "http", url: "http://x/api/inngest?fnId=leadscout-f&stepId=step" },
      retries: { attempts: 2 },
    },
  },
};

describe("reading a registered function config", () => {
  it("keeps what the executor needs: url, triggers, attempts, cancelOn, concurrency", () => {
    const problems: string[] = [];
    const fn = toLocalFunction(
      {
        ...base,
        cancel: [{ event: "job/cancelled", if: "event.data.jobId == async.data.jobId" }],
        concurrency: [
          { limit: 2, key: "event.data.orgId" },
          { limit: 5, scope: "account", key: "'llm'" },
        ],
      },
      problems,
    );
    expect(problems).toEqual([]);
    expect(fn).toMatchObject({
      id: "leadscout-f",
      url: base.steps.step.runtime.url,
      maxAttempts: 3,
    });
    expect(fn!.triggers[0]!.matches({ event: { data: { n: 2 } } })).toBe(true);
    expect(fn!.triggers[0]!.matches({ event: { data: { n: 1 } } })).toBe(false);
    expect(
      fn!.cancel[0]!.matches({ event: { data: { jobId: "a" } }, async: { data: { jobId: "a" } } }),
    ).toBe(true);
    expect(concurrencyKeysFor(fn!, { data: { orgId: "o1" } })).toEqual({
      keys: ['fn:leadscout-f:0:"o1"', 'account:"llm"'],
      limits: [2, 5],
    });
  });

  it("defaults to Inngest's 3 retries and treats concurrency 0 as no limit", () => {
    const { retries: _r, ...step } = base.steps.step;
    const fn = toLocalFunction({ ...base, steps: { step }, concurrency: 0 }, []);
    expect(fn).toMatchObject({ maxAttempts: 4, concurrency: [] });
  });

  it("collects every unsupported option instead of ignoring it", () => {
    const problems: string[] = [];
    const fn = toLocalFunction(
      {
        ...base,
        rateLimit: { limit: 1, period: "1m" },
        priority: { run: "1" },
        somethingNew: true,
        concurrency: { limit: 1, scope: "env" },
      },
      problems,
    );
    expect(fn).toBeUndefined();
    expect(problems).toEqual([
      'function "leadscout-f": option "rateLimit" is not supported by the embedded executor',
      'function "leadscout-f": option "priority" is not supported by the embedded executor',
      'function "leadscout-f": unknown option "somethingNew"',
      'function "leadscout-f": concurrency with scope "env" needs a key',
    ]);
  });
});
