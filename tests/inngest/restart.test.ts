import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { inngest, sendEvent } from "@/inngest/client";
import { endedRuns, gate, runsOf, startExecutor, useExecutorDb, waitFor } from "./harness";

useExecutorDb();

// Step bodies count their executions per run; `held` makes the middle step wait for the test.
const counts = new Map<string, number>();
const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
let held = gate();
let entered = gate();

const pipeline = inngest.createFunction(
  { id: "resumable", triggers: [{ event: "test/resumable" }] },
  async ({ event, step }) => {
    const tag = (event.data as { tag: string }).tag;
    const one = await step.run("one", () => (count(`${tag}:one`), 1));
    const two = await step.run("two", async () => {
      count(`${tag}:two`);
      entered.open();
      await held.promise;
      return 2;
    });
    await step.sleep("pause", "1s");
    const three = await step.run("three", () => (count(`${tag}:three`), 3));
    return one + two + three;
  },
);

async function queuedItems(): Promise<number> {
  return asServiceRole(async (tx) => {
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from inngest_local.queue`.execute(tx);
    return rows[0]!.n;
  });
}

describe("inngest/local across restarts", () => {
  it("a graceful stop mid-run leaves the run in the database; a new executor completes it, each step once", async () => {
    held = gate();
    entered = gate();
    const first = await startExecutor([pipeline]);
    await sendEvent({ name: "test/resumable", data: { tag: "graceful" } });
    await entered.promise;
    const stopping = first.stop(); // takes no new work, lets step "two" finish and commit
    held.open();
    await stopping;
    const [mid] = await runsOf("resumable");
    expect(mid!.status).toBe("running");
    expect(counts.get("graceful:three")).toBeUndefined();
    expect(await queuedItems()).toBeGreaterThan(0);

    const second = await startExecutor([pipeline]);
    try {
      const [run] = await endedRuns("resumable");
      expect(run).toMatchObject({ status: "completed", output: 6 });
      expect(["one", "two", "three"].map((s) => counts.get(`graceful:${s}`))).toEqual([1, 1, 1]);
    } finally {
      await second.stop();
    }
  });

  it("after a crash, the abandoned step is taken again once its lease lapses; finished steps are not redone", async () => {
    held = gate();
    entered = gate();
    const crashed = await startExecutor([pipeline], { leaseMs: 300 });
    await sendEvent({ name: "test/resumable", data: { tag: "crash" } });
    await entered.promise;
    await crashed.kill(); // step "two" is in flight and will never be committed by this executor

    entered = gate();
    // A long lease of its own, so a slow heartbeat on a busy machine never lets it retake its own work.
    const survivor = await startExecutor([pipeline]);
    try {
      await entered.promise; // "two" runs again on the survivor once the lease lapsed
      held.open(); // releases both the survivor's and the crashed executor's step "two"
      const runs = await waitFor("the crashed run to complete", async () => {
        const all = (await runsOf("resumable")).filter((r) => r.event.data.tag === "crash");
        return all[0]?.status === "completed" ? all : undefined;
      });
      expect(runs[0]!.output).toBe(6);
      expect(["one", "two", "three"].map((s) => counts.get(`crash:${s}`))).toEqual([1, 2, 1]);
    } finally {
      await survivor.stop();
    }
  });
});
