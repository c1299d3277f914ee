import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inngest, sendEvent } from "@/inngest/client";
import type { LocalExecutor } from "@/inngest/local";
import { endedRuns, runsOf, startExecutor, useExecutorDb, waitFor, waitsOf } from "./harness";

useExecutorDb();

const sleeper = inngest.createFunction(
  { id: "sleeper", triggers: [{ event: "test/sleep" }] },
  async ({ step }) => {
    const before = await step.run("before", () => Date.now());
    await step.sleep("nap", "1s");
    const after = await step.run("after", () => Date.now());
    return { slept: after - before };
  },
);

const waiter = inngest.createFunction(
  { id: "waiter", triggers: [{ event: "test/wait" }] },
  async ({ event, step }) => {
    const reply = await step.waitForEvent("approval", {
      event: "test/approved",
      match: "data.requestId",
      timeout: (event.data as { timeout: string }).timeout,
    });
    return reply ? { approvedBy: (reply.data as { by: string }).by } : { approvedBy: null };
  },
);

const child = inngest.createFunction(
  { id: "child", triggers: [{ event: "test/child-direct" }] },
  async ({ event, step }) => {
    return step.run("double", () => (event.data as { n: number }).n * 2);
  },
);
const parent = inngest.createFunction(
  { id: "parent", triggers: [{ event: "test/parent" }] },
  async ({ step }) => {
    const doubled = await step.invoke("call-child", { function: child, data: { n: 21 } });
    return { doubled };
  },
);

const fanOut = inngest.createFunction(
  { id: "fan-out", triggers: [{ event: "test/fan-out" }] },
  async ({ event, step }) => {
    const items = (event.data as { items: string[] }).items;
    const { ids } = await step.sendEvent(
      "fan",
      items.map((item) => ({ name: "test/fan-item", data: { item } })),
    );
    return { sent: ids.length };
  },
);
const fanItem = inngest.createFunction(
  { id: "fan-item", triggers: [{ event: "test/fan-item", if: "event.data.item != 'skip'" }] },
  async ({ event, step }) => {
    return step.run("handle", () => `handled ${(event.data as { item: string }).item}`);
  },
);

let executor: LocalExecutor;
beforeAll(async () => {
  executor = await startExecutor([sleeper, waiter, child, parent, fanOut, fanItem]);
});
afterAll(() => executor.stop());

describe("inngest/local async ops", () => {
  it("sleeps: the run resumes after the timer with its earlier steps memoized", async () => {
    await sendEvent({ name: "test/sleep", data: {} });
    const [run] = await endedRuns("sleeper");
    expect(run!.status).toBe("completed");
    expect((run!.output as { slept: number }).slept).toBeGreaterThanOrEqual(1000);
  });

  it("waitForEvent resumes on the matching event only, with that event as the result", async () => {
    await sendEvent([
      { name: "test/wait", data: { requestId: "r1", timeout: "1h" } },
      { name: "test/wait", data: { requestId: "r2", timeout: "1h" } },
    ]);
    await waitFor("both runs waiting", async () => (await waitsOf("waiter")) === 2);
    await sendEvent({ name: "test/approved", data: { requestId: "r2", by: "bob" } });
    const runs = await waitFor("r2 approved", async () => {
      const all = await runsOf("waiter");
      return all.some((r) => r.status === "completed") ? all : undefined;
    });
    const byRequest = Object.fromEntries(runs.map((r) => [r.event.data.requestId, r]));
    expect(byRequest.r2).toMatchObject({ status: "completed", output: { approvedBy: "bob" } });
    expect(byRequest.r1!.status).toBe("running");
    await sendEvent({ name: "test/approved", data: { requestId: "r1", by: "ann" } });
    const done = await endedRuns("waiter", 2);
    expect(done.map((r) => r.output)).toEqual(
      expect.arrayContaining([{ approvedBy: "ann" }, { approvedBy: "bob" }]),
    );
  });

  it("waitForEvent returns null when the timeout passes first", async () => {
    await sendEvent({ name: "test/wait", data: { requestId: "never", timeout: "1s" } });
    const timedOut = await waitFor("the timed-out run", async () =>
      (await runsOf("waiter")).find(
        (r) => r.event.data.requestId === "never" && r.status !== "running",
      ),
    );
    expect(timedOut).toMatchObject({ status: "completed", output: { approvedBy: null } });
  });

  it("invoke runs the other function and returns its result to the caller", async () => {
    await sendEvent({ name: "test/parent", data: {} });
    const [run] = await endedRuns("parent");
    expect(run).toMatchObject({ status: "completed", output: { doubled: 42 } });
    const [childRun] = await runsOf("child");
    expect(childRun).toMatchObject({
      status: "completed",
      output: 42,
      event: { name: "inngest/function.invoked", data: { n: 21 } },
    });
  });

  it("step.sendEvent fans out to another function, whose trigger `if` filters events", async () => {
    await sendEvent({ name: "test/fan-out", data: { items: ["a", "b", "skip", "c"] } });
    const [run] = await endedRuns("fan-out");
    expect(run).toMatchObject({ status: "completed", output: { sent: 4 } });
    const items = await endedRuns("fan-item", 3);
    expect(items.map((r) => r.output).sort()).toEqual(["handled a", "handled b", "handled c"]);
    expect(await runsOf("fan-item")).toHaveLength(3);
  });

  it("acts on an event id once, however often it is sent", async () => {
    const event = { id: "fan-item-once", name: "test/fan-item", data: { item: "once" } };
    await sendEvent([event, event]);
    await sendEvent(event);
    await waitFor("the run for the event", async () =>
      (await runsOf("fan-item")).find(
        (r) => r.event.data.item === "once" && r.status === "completed",
      ),
    );
    await sendEvent({ name: "test/fan-item", data: { item: "after" } }); // processed after the duplicates
    await waitFor("a later event's run", async () =>
      (await runsOf("fan-item")).find(
        (r) => r.event.data.item === "after" && r.status === "completed",
      ),
    );
    expect((await runsOf("fan-item")).filter((r) => r.event.data.item === "once")).toHaveLength(1);
  });
});
