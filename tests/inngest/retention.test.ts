import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { inngest, sendEvent } from "@/inngest/client";
import type { LocalExecutor } from "@/inngest/local";
import { endedRuns, gate, runsOf, startExecutor, useExecutorDb, waitFor } from "./harness";

useExecutorDb();

const hold = gate();
const quick = inngest.createFunction(
  { id: "quick", triggers: [{ event: "test/quick" }] },
  async ({ step }) => step.run("only", () => "done"),
);
const slow = inngest.createFunction(
  { id: "slow", triggers: [{ event: "test/slow" }] },
  async ({ step }) => {
    await step.run("held", () => hold.promise);
    return "done";
  },
);

let executor: LocalExecutor;
beforeAll(async () => {
  executor = await startExecutor([quick, slow], { retentionMs: 0 });
});
afterAll(() => executor.stop());

async function counts() {
  return asServiceRole(async (tx) => {
    const { rows } = await sql<{ runs: number; steps: number; events: number }>`select
      (select count(*)::int from inngest_local.runs) as runs,
      (select count(*)::int from inngest_local.steps) as steps,
      (select count(*)::int from inngest_local.events) as events`.execute(tx);
    return rows[0]!;
  });
}

describe("inngest/local retention", () => {
  it("sweeps ended runs (with their steps) and matched events, never a running run", async () => {
    await sendEvent([
      { name: "test/quick", data: {} },
      { name: "test/slow", data: {} },
    ]);
    await endedRuns("quick");
    await waitFor("the slow run to start", async () => (await runsOf("slow")).length === 1);
    expect(await counts()).toMatchObject({ runs: 2, events: 2 });

    await executor.sweep();
    expect(await runsOf("quick")).toEqual([]);
    expect(await runsOf("slow")).toMatchObject([{ status: "running" }]);
    expect((await counts()).events).toBe(0);

    hold.open();
    await endedRuns("slow");
    await executor.sweep();
    expect(await counts()).toEqual({ runs: 0, steps: 0, events: 0 });
  });
});
