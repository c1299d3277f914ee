// What a worker does with one claimed item: acts on events, fires a timer, or calls a function and
// commits its answer, chaining straight into the run's next call while it can. The executor
// (executor.ts) decides when to claim and how much is in flight; this file decides what an item
// does to the database.
import { asServiceRole, type Tx } from "@/lib/db";
import { log } from "@leadscout/log";
import { applyOutcome, applyTimer } from "./apply";
import type { LocalFunction } from "./config";
import { applyFast, fastOutcome, type FastOutcome } from "./fast-path";
import { processEvents } from "./process-event";
import { callFunction, type CallOutcome, type Transport } from "./protocol";
import { completeItem, completeItems, type QueueItem } from "./queue";
import { finishRun, loadRunState, lockRun, type RunRow, type RunState } from "./store";

/** Calls one worker makes for one run in a row before handing it back to the queue. */
const MAX_CHAINED_CALLS = 100;

/** What the items need from the executor that runs them. */
export interface ItemHost {
  transport: Transport;
  leaseMs: number;
  backoffMs: (attempt: number) => number;
  functions(): Map<string, LocalFunction>;
  /** Stopping: finish the item in hand but chain no further calls. */
  running(): boolean;
  /** Crashed (tests): commit nothing more. */
  killed(): boolean;
  /** The run went on under `first`'s lease as `next`: the lease to renew is now `next`'s. */
  continued(first: QueueItem, next: QueueItem): void;
}

type Chain = { token: string; ms: number };
type Next = { item: QueueItem; state: RunState } | undefined;

/** The call that continues a run, leased to the worker that queued it (see `chain`). */
function continuation(run: RunRow, nextId: number, token: string): QueueItem {
  return {
    id: nextId,
    kind: "call",
    run_id: run.id,
    event_id: null,
    step_id: null,
    timer: null,
    attempt: 0,
    concurrency_keys: run.concurrency_keys,
    concurrency_limits: run.concurrency_limits,
    lease_token: token,
  };
}

function lostLease(items: QueueItem[]): void {
  log.warn("inngest/local: lost the lease on a work item; dropping its result", {
    items: items.map((i) => i.id),
  });
}

/** Runs `fn` in a transaction that first removes the item, if this worker still holds it. */
function commit<T>(
  host: ItemHost,
  item: QueueItem,
  fn: (tx: Tx) => Promise<T>,
): Promise<T | undefined> {
  if (host.killed()) return Promise.resolve(undefined);
  return asServiceRole(async (tx) => {
    if (!(await completeItem(tx, item))) return void lostLease([item]);
    return fn(tx);
  });
}

/** Removes the events this worker still holds and acts on them, in one transaction. */
export async function runEvents(host: ItemHost, items: QueueItem[]): Promise<void> {
  if (host.killed()) return;
  await asServiceRole(async (tx) => {
    const held = await completeItems(tx, items);
    if (held.length < items.length) lostLease(items.filter((i) => !held.includes(i)));
    await processEvents(
      tx,
      held.map((i) => i.event_id!),
      host.functions(),
    );
  });
}

/** A timer fires; a call runs its function, then as many of the run's next calls as it may. */
export async function runItem(host: ItemHost, item: QueueItem): Promise<void> {
  if (item.kind === "timer") {
    await commit(host, item, async (tx) => {
      const run = await lockRun(tx, item.run_id!);
      if (run?.status === "running") await applyTimer(tx, run, item.step_id!, item.timer!);
    });
    return;
  }
  let current = item;
  let state = item.state ?? (await asServiceRole((tx) => loadRunState(tx, item.run_id!)));
  for (let chained = 0; ; chained++) {
    const run = state.run;
    const fn = run && host.functions().get(run.function_id);
    if (!run || run.status !== "running" || !fn) return failUnregistered(host, current, run);
    const outcome = await callFunction(host.transport, {
      url: fn.url,
      stepId: current.step_id,
      runId: run.id,
      attempt: current.attempt,
      maxAttempts: fn.maxAttempts,
      event: run.event,
      steps: Object.fromEntries(state.steps.map((s) => [s.step_id, s.result])),
      stack: run.stack,
    });
    // A run that can go on at once keeps its worker: the continuation is queued already leased
    // (it inherits the finished call's concurrency slots) and its state is carried over in
    // memory, saving a claim and a read per step. Capped so one run cannot hog a worker.
    const chain =
      host.running() && chained < MAX_CHAINED_CALLS
        ? { token: current.lease_token, ms: host.leaseMs }
        : undefined;
    const fast = fastOutcome(state, outcome);
    const next = fast
      ? await commitFast(host, current, state, fast, chain)
      : await commitGeneral(host, current, run.id, fn, outcome, chain);
    if (!next) return;
    host.continued(item, next.item);
    current = next.item;
    state = next.state;
  }
}

/** A run whose function this app no longer registers fails; an ended run's call is dropped. */
async function failUnregistered(host: ItemHost, item: QueueItem, run: RunRow | undefined) {
  await commit(host, item, async (tx) => {
    const locked = run && (await lockRun(tx, run.id));
    if (locked?.status === "running") {
      const message = `function "${locked.function_id}" is not registered in this app any more`;
      await finishRun(tx, locked, "failed", { error: { name: "NonRetriableError", message } });
    }
  });
}

/** One step's result or the run's return: one database call (see fast-path.ts). */
function commitFast(
  host: ItemHost,
  current: QueueItem,
  state: RunState,
  fast: FastOutcome,
  chain?: Chain,
): Promise<Next> {
  if (host.killed()) return Promise.resolve(undefined);
  return asServiceRole(async (tx) => {
    const done = await applyFast(tx, current, state, fast, chain);
    if (!done.held) return void lostLease([current]);
    if (done.nextId === null || !chain) return undefined;
    const run = state.run!;
    return {
      item: continuation(run, done.nextId, chain.token),
      state: done.state ?? (await loadRunState(tx, run.id)),
    };
  });
}

/** Any other answer: the general path in apply.ts, statement by statement. */
function commitGeneral(
  host: ItemHost,
  current: QueueItem,
  runId: string,
  fn: LocalFunction,
  outcome: CallOutcome,
  chain?: Chain,
): Promise<Next> {
  return commit(host, current, async (tx) => {
    const locked = await lockRun(tx, runId);
    if (locked?.status !== "running") return undefined; // cancelled while the call was in flight
    const ctx = {
      tx,
      run: locked,
      fn,
      functions: host.functions(),
      stepId: current.step_id,
      attempt: current.attempt,
      backoffMs: host.backoffMs,
      chain,
    };
    const nextId = await applyOutcome(ctx, outcome);
    if (nextId === null || !chain) return undefined;
    return {
      item: continuation(locked, nextId, chain.token),
      state: await loadRunState(tx, runId),
    };
  });
}
