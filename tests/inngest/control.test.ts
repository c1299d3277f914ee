import { afterAll, describe, expect, it } from "vitest";
import { inngest, sendEvent } from "@/inngest/client";
import { UnsupportedFunctionConfigError, type LocalExecutor } from "@/inngest/local";
import { endedRuns, gate, runsOf, startExecutor, useExecutorDb, waitFor, waitsOf } from "./harness";

useExecutorDb();

let executor: LocalExecutor | undefined;
afterAll(() => executor?.stop());

const secondHalf: string[] = [];
const cancellable = inngest.createFunction(
  {
    id: "cancellable",
    triggers: [{ event: "test/job-start" }],
    cancelOn: [{ event: "test/job-cancel", match: "data.jobId" }],
  },
  async ({ event, step }) => {
    await step.run("first", () => "started");
    await step.waitForEvent("go-on", {
      event: "test/job-continue",
      match: "data.jobId",
      timeout: "1h",
    });
    await step.run("second", () => void secondHalf.push((event.data as { jobId: string }).jobId));
    return "finished";
  },
);

// Per-key concurrency: bodies record how many run at once for their organization.
const running = new Map<string, number>();
const maxRunning = new Map<string, number>();
let totalRunning = 0;
let maxTotal = 0;
const hold = gate();
const perOrg = inngest.createFunction(
  {
    id: "per-org",
    concurrency: { limit: 2, key: "event.data.orgId" },
    triggers: [{ event: "test/org-work" }],
  },
  async ({ event, step }) => {
    const org = (event.data as { orgId: string }).orgId;
    await step.run("work", async () => {
      running.set(org, (running.get(org) ?? 0) + 1);
      maxRunning.set(org, Math.max(maxRunning.get(org) ?? 0, running.get(org)!));
      totalRunning += 1;
      maxTotal = Math.max(maxTotal, totalRunning);
      await hold.promise;
      running.set(org, running.get(org)! - 1);
      totalRunning -= 1;
    });
  },
);

// Account scope: one limit shared by two functions through the same key value.
const sharedRunning = { now: 0, max: 0 };
const sharedHold = gate();
const sharedBody = async () => {
  sharedRunning.now += 1;
  sharedRunning.max = Math.max(sharedRunning.max, sharedRunning.now);
  await sharedHold.promise;
  sharedRunning.now -= 1;
};
const sharedLimit = { scope: "account" as const, key: "'crawler'", limit: 2 };
const sharedA = inngest.createFunction(
  { id: "shared-a", concurrency: sharedLimit, triggers: [{ event: "test/shared" }] },
  async ({ step }) => {
    await step.run("work", sharedBody);
  },
);
const sharedB = inngest.createFunction(
  { id: "shared-b", concurrency: sharedLimit, triggers: [{ event: "test/shared" }] },
  async ({ step }) => {
    await step.run("work", sharedBody);
  },
);

describe("inngest/local control", () => {
  it("registration fails loudly, naming every option, trigger and expression it cannot honour", async () => {
    const throttled = inngest.createFunction(
      { id: "throttled", throttle: { limit: 1, period: "1m" }, triggers: [{ event: "test/x" }] },
      async () => null,
    );
    const cron = inngest.createFunction(
      { id: "nightly", triggers: [{ cron: "0 3 * * *" }] },
      async () => null,
    );
    const clever = inngest.createFunction(
      { id: "clever", triggers: [{ event: "test/y", if: "event.data.name.startsWith('a')" }] },
      async () => null,
    );
    const debounced = inngest.createFunction(
      { id: "debounced", debounce: { period: "5s" }, triggers: [{ event: "test/z" }] },
      async () => null,
    );
    const attempt = startExecutor([throttled, cron, clever, debounced]);
    await expect(attempt).rejects.toBeInstanceOf(UnsupportedFunctionConfigError);
    const message = await attempt.catch((err: Error) => err.message);
    expect(message).toContain(`function "leadscout-throttled": option "throttle" is not supported`);
    expect(message).toContain(`function "leadscout-nightly": cron triggers are not supported`);
    expect(message).toContain(`function "leadscout-clever"`);
    expect(message).toContain("function calls are not supported");
    expect(message).toContain(`function "leadscout-debounced": option "debounce" is not supported`);
  });

  it("cancelOn stops the matching run only; the other one finishes", async () => {
    executor = await startExecutor([cancellable, perOrg, sharedA, sharedB]);
    await sendEvent([
      { name: "test/job-start", data: { jobId: "j1" } },
      { name: "test/job-start", data: { jobId: "j2" } },
    ]);
    // Events only answer waits that exist when they arrive, so wait for both runs to be waiting.
    await waitFor("both runs waiting to go on", async () => (await waitsOf("cancellable")) === 2);
    await sendEvent({ name: "test/job-cancel", data: { jobId: "j1" } });
    await waitFor("j1 cancelled", async () =>
      (await runsOf("cancellable")).find((r) => r.status === "cancelled"),
    );
    await sendEvent([
      { name: "test/job-continue", data: { jobId: "j1" } },
      { name: "test/job-continue", data: { jobId: "j2" } },
    ]);
    const runs = await endedRuns("cancellable", 2);
    const status = Object.fromEntries(runs.map((r) => [r.event.data.jobId, r.status]));
    expect(status).toEqual({ j1: "cancelled", j2: "completed" });
    expect(secondHalf).toEqual(["j2"]);
  });

  it("never runs more than the concurrency limit per key, while different keys run side by side", async () => {
    const orgs = ["org-a", "org-b"];
    await sendEvent(
      orgs.flatMap((orgId) =>
        Array.from({ length: 6 }, () => ({ name: "test/org-work", data: { orgId } })),
      ),
    );
    // Both keys fill their two slots; nothing more may start while those four are held.
    await waitFor("two running per organization", async () =>
      orgs.every((o) => running.get(o) === 2),
    );
    hold.open();
    const runs = await endedRuns("per-org", 12);
    expect(runs.every((r) => r.status === "completed")).toBe(true);
    expect(Object.fromEntries(maxRunning)).toEqual({ "org-a": 2, "org-b": 2 });
    expect(maxTotal).toBe(4);
  });

  it("shares an account-scoped limit between functions with the same key", async () => {
    await sendEvent([1, 2, 3].map((n) => ({ name: "test/shared", data: { n } }))); // 3 events × 2 functions
    await waitFor("the shared limit filled", async () => sharedRunning.now === 2);
    sharedHold.open();
    const runs = [...(await endedRuns("shared-a", 3)), ...(await endedRuns("shared-b", 3))];
    expect(runs.every((r) => r.status === "completed")).toBe(true);
    expect(sharedRunning.max).toBe(2);
  });
});
