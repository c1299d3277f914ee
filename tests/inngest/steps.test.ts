import { NonRetriableError } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inngest, sendEvent } from "@/inngest/client";
import type { LocalExecutor } from "@/inngest/local";
import { endedRuns, startExecutor, useExecutorDb } from "./harness";

useExecutorDb();

// Counts how often each step body really ran, across every re-entry of the function.
const bodyRuns = new Map<string, number>();
const ran = (key: string) => bodyRuns.set(key, (bodyRuns.get(key) ?? 0) + 1);
const attemptsSeen: number[] = [];
const failures: { runId: string; message: string; original: unknown }[] = [];

const multiStep = inngest.createFunction(
  { id: "multi-step", triggers: [{ event: "test/multi" }] },
  async ({ event, step }) => {
    const a = await step.run("a", () => (ran("a"), (event.data as { n: number }).n + 1));
    const b = await step.run("b", () => (ran("b"), a * 10));
    const c = await step.run("c", () => (ran("c"), { total: a + b }));
    return c;
  },
);

let flakyCalls = 0;
const flaky = inngest.createFunction(
  { id: "flaky", retries: 3, triggers: [{ event: "test/flaky" }] },
  async ({ step, attempt }) => {
    const value = await step.run("sometimes-fails", () => {
      flakyCalls += 1;
      attemptsSeen.push(attempt);
      if (flakyCalls < 3) throw new Error(`transient failure ${flakyCalls}`);
      return "ok";
    });
    return { value };
  },
);

const doomed = inngest.createFunction(
  {
    id: "doomed",
    retries: 2,
    triggers: [{ event: "test/doomed" }],
    onFailure: async ({ event, error, runId }) => {
      failures.push({ runId, message: error.message, original: event.data.event.data });
    },
  },
  async ({ step }) => {
    await step.run("always-fails", () => {
      ran("always-fails");
      throw new Error("the site is down");
    });
  },
);

const refuses = inngest.createFunction(
  { id: "refuses", retries: 5, triggers: [{ event: "test/refuses" }] },
  async ({ step }) => {
    await step.run("refuse", () => {
      ran("refuse");
      throw new NonRetriableError("bad input, do not retry");
    });
  },
);

const caught = inngest.createFunction(
  { id: "caught", retries: 0, triggers: [{ event: "test/caught" }] },
  async ({ step }) => {
    try {
      await step.run("fails-once", () => {
        throw new Error("expected");
      });
    } catch (err) {
      return await step.run("recover", () => `recovered from ${(err as Error).message}`);
    }
  },
);

const parallel = inngest.createFunction(
  { id: "parallel", triggers: [{ event: "test/parallel" }] },
  async ({ step }) => {
    const parts = await Promise.all(
      ["p1", "p2", "p3"].map((id) => step.run(id, () => (ran(id), id.toUpperCase()))),
    );
    const joined = await step.run("join", () => (ran("join"), parts.join("+")));
    return joined;
  },
);

// Throws outside any step on its first two attempts: a function-level error, retried as a whole.
let shakyAttempts = 0;
const shaky = inngest.createFunction(
  { id: "shaky", retries: 2, triggers: [{ event: "test/shaky" }] },
  async ({ step, attempt }) => {
    const before = await step.run("before", () => (ran("shaky-before"), "memoized"));
    shakyAttempts += 1;
    if (attempt < 2) throw new Error(`not yet (attempt ${attempt})`);
    return { before, attempt };
  },
);

const signals = inngest.createFunction(
  { id: "signals", triggers: [{ event: "test/signals" }] },
  async ({ step }) => {
    await step.waitForSignal("wait-for-it", { signal: "go", timeout: "1h", onConflict: "replace" });
  },
);

let executor: LocalExecutor;
beforeAll(async () => {
  executor = await startExecutor([
    multiStep,
    flaky,
    doomed,
    refuses,
    caught,
    parallel,
    shaky,
    signals,
  ]);
});
afterAll(() => executor.stop());

describe("inngest/local step orchestration", () => {
  it("memoizes steps: each body runs once across re-entries and the result is the return value", async () => {
    await sendEvent({ name: "test/multi", data: { n: 4 } });
    const [run] = await endedRuns("multi-step");
    expect(run).toMatchObject({ status: "completed", output: { total: 55 } });
    expect([bodyRuns.get("a"), bodyRuns.get("b"), bodyRuns.get("c")]).toEqual([1, 1, 1]);
  });

  it("retries a failing step with backoff, passing the attempt number, then succeeds", async () => {
    await sendEvent({ name: "test/flaky", data: {} });
    const [run] = await endedRuns("flaky");
    expect(run).toMatchObject({ status: "completed", output: { value: "ok" } });
    expect(attemptsSeen).toEqual([0, 1, 2]);
  });

  it("fails permanently after the function's retries and runs onFailure with the error and event", async () => {
    await sendEvent({ name: "test/doomed", data: { url: "https://down.example" } });
    const [run] = await endedRuns("doomed");
    expect(run!.status).toBe("failed");
    expect(run!.error?.message).toContain("the site is down");
    expect(bodyRuns.get("always-fails")).toBe(3); // retries: 2 → three attempts
    const [failure] = await endedRuns("doomed-failure");
    expect(failure!.status).toBe("completed");
    expect(failures).toEqual([
      {
        runId: expect.any(String),
        message: expect.stringContaining("the site is down"),
        original: { url: "https://down.example" },
      },
    ]);
  });

  it("does not retry a NonRetriableError", async () => {
    await sendEvent({ name: "test/refuses", data: {} });
    const [run] = await endedRuns("refuses");
    expect(run).toMatchObject({
      status: "failed",
      error: expect.objectContaining({ message: expect.stringContaining("bad input") }),
    });
    expect(bodyRuns.get("refuse")).toBe(1);
  });

  it("hands a step's final error back to the function, which can catch it and go on", async () => {
    await sendEvent({ name: "test/caught", data: {} });
    const [run] = await endedRuns("caught");
    expect(run).toMatchObject({ status: "completed", output: "recovered from expected" });
  });

  it("runs planned parallel steps once each, then continues with all their results", async () => {
    await sendEvent({ name: "test/parallel", data: {} });
    const [run] = await endedRuns("parallel");
    expect(run).toMatchObject({ status: "completed", output: "P1+P2+P3" });
    expect(["p1", "p2", "p3", "join"].map((k) => bodyRuns.get(k))).toEqual([1, 1, 1, 1]);
  });

  it("retries a function-level error (thrown outside any step) up to the function's retries", async () => {
    await sendEvent({ name: "test/shaky", data: {} });
    const [run] = await endedRuns("shaky");
    expect(run).toMatchObject({ status: "completed", output: { before: "memoized", attempt: 2 } });
    expect(shakyAttempts).toBe(3);
    expect(bodyRuns.get("shaky-before")).toBe(1);
  });

  it("fails a run loudly when it uses a step op the executor does not implement", async () => {
    await sendEvent({ name: "test/signals", data: {} });
    const [run] = await endedRuns("signals");
    expect(run!.status).toBe("failed");
    expect(run!.error?.message).toContain('does not support the step op "WaitForSignal"');
  });
});
