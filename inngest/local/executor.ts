import { asServiceRole, type Tx } from "@/lib/db";
import { log } from "@/lib/log";
import { applyOutcome, applyTimer } from "./apply";
import type { LocalFunction } from "./config";
import { processEvents } from "./process-event";
import { applyFast, fastOutcome, type FastOutcome } from "./fast-path";
import { DEFAULT_CONCURRENCY, defaultBackoffMs, type LocalExecutorOptions } from "./options";
import { callFunction, type CallOutcome } from "./protocol";
import { claim, completeItem, completeItems, renewLeases, type QueueItem } from "./queue";
import { registerFunctions } from "./register";
import { sweepOldState } from "./retention";
import { finishRun, loadRunState, lockRun, type RunRow, type RunState } from "./store";
import { onWake, wakeWorkers } from "./wake";

/** Calls one worker makes for one run in a row before handing it back to the queue. */
const MAX_CHAINED_CALLS = 100;

export { DEFAULT_CONCURRENCY, defaultBackoffMs, type LocalExecutorOptions } from "./options";

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

export class LocalExecutor {
  private functions = new Map<string, LocalFunction>();
  private inflight = new Map<number, { item: QueueItem; done: Promise<void> }>();
  private running = false;
  /** Set by any wake-up; a wake that comes while a claim is under way is not lost. */
  private woken = false;
  private stopListening?: () => void;
  private killed = false;
  private loop?: Promise<void>;
  private heartbeat?: NodeJS.Timeout;
  private sweeper?: NodeJS.Timeout;
  private readonly opts: Required<LocalExecutorOptions>;

  constructor(options: LocalExecutorOptions) {
    this.opts = {
      concurrency: DEFAULT_CONCURRENCY,
      pollMs: 200,
      maxIdleMs: 2_000,
      leaseMs: 60_000,
      backoffMs: defaultBackoffMs,
      retentionMs: 7 * 86_400_000,
      sweepEveryMs: 3_600_000,
      claimBatchMs: 100,
      ...options,
    };
  }

  /** Registers the functions through the serve() handler (throws on anything unsupported), then works. */
  async start(): Promise<void> {
    this.functions = await registerFunctions(this.opts.transport, this.opts.serveUrl);
    this.running = true;
    this.heartbeat = setInterval(
      () => {
        renewLeases(
          [...this.inflight.values()].map((f) => f.item),
          this.opts.leaseMs,
        ).catch((err) => log.warn("inngest/local: lease renewal failed", { err }));
      },
      Math.max(this.opts.leaseMs / 3, 50),
    );
    this.sweeper = setInterval(
      () => void this.sweep(),
      Math.min(this.opts.sweepEveryMs, 2 ** 31 - 1),
    );
    this.stopListening = onWake(() => (this.woken = true));
    this.loop = this.work();
  }

  /** Removes ended runs and old events past the retention period. */
  async sweep(): Promise<void> {
    try {
      const removed = await sweepOldState(this.opts.retentionMs);
      if (removed.runs || removed.events) log.info("inngest/local: swept old state", removed);
    } catch (err) {
      log.warn("inngest/local: sweeping old state failed", { err });
    }
  }

  /** Items this executor works on at once. */
  get concurrency(): number {
    return this.opts.concurrency;
  }

  get registeredFunctions(): ReadonlyMap<string, LocalFunction> {
    return this.functions;
  }

  /** Graceful stop: take no new work, let in-flight items finish and commit. */
  async stop(): Promise<void> {
    this.running = false;
    wakeWorkers();
    await this.loop;
    await Promise.allSettled([...this.inflight.values()].map((f) => f.done));
    clearInterval(this.heartbeat);
    clearInterval(this.sweeper);
    this.stopListening?.();
  }

  /**
   * Simulates a crash (tests): stop at once and never commit what is in flight. Its leases are
   * left to lapse, after which another executor takes those items again.
   */
  async kill(): Promise<void> {
    this.killed = true;
    this.running = false;
    clearInterval(this.heartbeat);
    clearInterval(this.sweeper);
    this.stopListening?.();
    wakeWorkers();
    await this.loop;
  }

  private async work(): Promise<void> {
    let idleMs = this.opts.pollMs;
    while (this.running) {
      let claimed: QueueItem[] = [];
      const free = this.opts.concurrency - this.inflight.size;
      this.woken = false;
      try {
        claimed = await claim(free, this.opts.leaseMs);
      } catch (err) {
        log.error("inngest/local: claiming work failed", { err });
      }
      // Events claimed together are acted on in one transaction (a fan-out arrives in hundreds).
      const events = claimed.filter((i) => i.kind === "event");
      if (events.length) this.track(events, this.handleEvents(events));
      for (const item of claimed) if (item.kind !== "event") this.track([item], this.handle(item));
      if (claimed.length) idleMs = this.opts.pollMs;
      // Fewer than asked for: nothing else is due (or its limits are full), so claiming again at
      // once would only cost a transaction. Finished work or new events wake the loop.
      if (claimed.length < free || this.inflight.size >= this.opts.concurrency) {
        const woken = await this.idle(idleMs);
        idleMs = woken
          ? this.opts.pollMs
          : Math.min(idleMs * 2, Math.max(this.opts.maxIdleMs, this.opts.pollMs));
        // Busy: let a few more items finish so one claim (a transaction) takes several at once.
        if (woken && this.inflight.size >= this.opts.concurrency / 2)
          await new Promise((r) => setTimeout(r, this.opts.claimBatchMs));
      }
    }
  }

  /** Counts `items` as in flight until `work` settles. */
  private track(items: QueueItem[], work: Promise<void>): void {
    const done = work
      .catch((err) =>
        log.error("inngest/local: work item failed; it will be retried after its lease", {
          err,
          items: items.map((i) => i.id),
        }),
      )
      .finally(() => {
        for (const item of items) this.inflight.delete(item.id);
        wakeWorkers();
      });
    for (const item of items) this.inflight.set(item.id, { item, done });
  }

  /** Waits `ms` or until woken; true when woken. */
  private idle(ms: number): Promise<boolean> {
    if (this.woken) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(false), ms);
      const off = onWake(() => finish(true));
      function finish(woken: boolean) {
        clearTimeout(timer);
        off();
        resolve(woken);
      }
    });
  }

  /** Runs `fn` in a transaction that first removes the item, if this worker still holds it. */
  private commit<T>(item: QueueItem, fn: (tx: Tx) => Promise<T>): Promise<T | undefined> {
    if (this.killed) return Promise.resolve(undefined);
    return asServiceRole(async (tx) => {
      if (!(await completeItem(tx, item))) {
        log.warn("inngest/local: lost the lease on a work item; dropping its result", {
          item: item.id,
        });
        return undefined;
      }
      return fn(tx);
    });
  }

  /** Removes the events this worker still holds and acts on them, in one transaction. */
  private async handleEvents(items: QueueItem[]): Promise<void> {
    if (this.killed) return;
    await asServiceRole(async (tx) => {
      const held = await completeItems(tx, items);
      if (held.length < items.length)
        log.warn("inngest/local: lost the lease on work items; dropping their results", {
          items: items.filter((i) => !held.includes(i)).map((i) => i.id),
        });
      await processEvents(
        tx,
        held.map((i) => i.event_id!),
        this.functions,
      );
    });
  }

  private async handle(item: QueueItem): Promise<void> {
    if (item.kind === "timer") {
      return this.commit(item, async (tx) => {
        const run = await lockRun(tx, item.run_id!);
        if (run?.status === "running") await applyTimer(tx, run, item.step_id!, item.timer!);
      });
    }
    return this.call(item);
  }

  private async call(first: QueueItem): Promise<void> {
    let item = first;
    let state = first.state ?? (await asServiceRole((tx) => loadRunState(tx, first.run_id!)));
    for (let chained = 0; ; chained++) {
      const run = state.run;
      const fn = run && this.functions.get(run.function_id);
      if (!run || run.status !== "running" || !fn) {
        await this.commit(item, async (tx) => {
          const locked = run && (await lockRun(tx, run.id));
          if (locked?.status === "running") {
            const message = `function "${locked.function_id}" is not registered in this app any more`;
            await finishRun(tx, locked, "failed", {
              error: { name: "NonRetriableError", message },
            });
          }
        });
        return;
      }
      const outcome = await callFunction(this.opts.transport, {
        url: fn.url,
        stepId: item.step_id,
        runId: run.id,
        attempt: item.attempt,
        maxAttempts: fn.maxAttempts,
        event: run.event,
        steps: Object.fromEntries(state.steps.map((s) => [s.step_id, s.result])),
        stack: run.stack,
      });
      const current = item;
      // A run that can go on at once keeps its worker: the continuation is queued already leased
      // (it inherits the finished call's concurrency slots) and its state is carried over in
      // memory, saving a claim and a read per step. Capped so one run cannot hog a worker.
      const chain =
        this.running && chained < MAX_CHAINED_CALLS
          ? { token: current.lease_token, ms: this.opts.leaseMs }
          : undefined;
      const fast = fastOutcome(state, outcome);
      const next = fast
        ? await this.commitFast(current, state, fast, chain)
        : await this.commitGeneral(current, run.id, fn, outcome, chain);
      if (!next) return;
      item = next.item;
      state = next.state;
      const entry = this.inflight.get(first.id);
      if (entry) entry.item = item;
    }
  }

  /** One step's result or the run's return: one database call (see fast-path.ts). */
  private async commitFast(
    current: QueueItem,
    state: RunState,
    fast: FastOutcome,
    chain?: { token: string; ms: number },
  ): Promise<{ item: QueueItem; state: RunState } | undefined> {
    if (this.killed) return undefined;
    return asServiceRole(async (tx) => {
      const done = await applyFast(tx, current, state, fast, chain);
      if (!done.held) {
        log.warn("inngest/local: lost the lease on a work item; dropping its result", {
          item: current.id,
        });
        return undefined;
      }
      if (done.nextId === null || !chain) return undefined;
      const run = state.run!;
      return {
        item: continuation(run, done.nextId, chain.token),
        state: done.state ?? (await loadRunState(tx, run.id)),
      };
    });
  }

  /** Any other answer: the general path in apply.ts, statement by statement. */
  private commitGeneral(
    current: QueueItem,
    runId: string,
    fn: LocalFunction,
    outcome: CallOutcome,
    chain?: { token: string; ms: number },
  ): Promise<{ item: QueueItem; state: RunState } | undefined> {
    return this.commit(current, async (tx) => {
      const locked = await lockRun(tx, runId);
      if (locked?.status !== "running") return undefined; // cancelled while the call was in flight
      const ctx = {
        tx,
        run: locked,
        fn,
        functions: this.functions,
        stepId: current.step_id,
        attempt: current.attempt,
        backoffMs: this.opts.backoffMs,
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
}
