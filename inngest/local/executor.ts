import { asServiceRole, type Tx } from "@/lib/db";
import { log } from "@/lib/log";
import { applyOutcome, applyTimer } from "./apply";
import type { LocalFunction } from "./config";
import { processEvent } from "./process-event";
import { callFunction, type Transport } from "./protocol";
import { claim, completeItem, renewLeases, type QueueItem } from "./queue";
import { registerFunctions } from "./register";
import { sweepOldState } from "./retention";
import { finishRun, loadRunState, lockRun } from "./store";
import { onWake, wakeWorkers } from "./wake";

/** Calls one worker makes for one run in a row before handing it back to the queue. */
const MAX_CHAINED_CALLS = 100;

export interface LocalExecutorOptions {
  /** Calls the app's serve() handler: in process (the route's handler) or over loopback HTTP. */
  transport: Transport;
  /** The URL the handler is served at; only used to build request URLs. */
  serveUrl: string;
  /** Global limit: items this executor works on at once. */
  concurrency?: number;
  /** How soon an idle executor looks again for due work (timers, other processes' events). */
  pollMs?: number;
  /**
   * Each empty look doubles the wait up to this; new work in this process wakes it at once. Keeps
   * an idle app from spending its single PGlite session on polling.
   */
  maxIdleMs?: number;
  /** How long a claimed item stays ours without renewal; a crashed worker's items return after it. */
  leaseMs?: number;
  /** Delay before retry `attempt` (1, 2, …) when the SDK gives no Retry-After. */
  backoffMs?: (attempt: number) => number;
  /** How long ended runs and old events are kept (default 7 days), swept every `sweepEveryMs`. */
  retentionMs?: number;
  sweepEveryMs?: number;
}

/** Inngest's shape: exponential from 1 s, capped at 10 min, with jitter so retries spread out. */
export function defaultBackoffMs(attempt: number): number {
  const base = Math.min(1000 * 2 ** (attempt - 1), 600_000);
  return Math.round(base * (0.9 + Math.random() * 0.2));
}

export class LocalExecutor {
  private functions = new Map<string, LocalFunction>();
  private inflight = new Map<number, { item: QueueItem; done: Promise<void> }>();
  private running = false;
  private killed = false;
  private loop?: Promise<void>;
  private heartbeat?: NodeJS.Timeout;
  private sweeper?: NodeJS.Timeout;
  private readonly opts: Required<LocalExecutorOptions>;

  constructor(options: LocalExecutorOptions) {
    this.opts = {
      concurrency: 8,
      pollMs: 200,
      maxIdleMs: 2_000,
      leaseMs: 60_000,
      backoffMs: defaultBackoffMs,
      retentionMs: 7 * 86_400_000,
      sweepEveryMs: 3_600_000,
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
    wakeWorkers();
    await this.loop;
  }

  private async work(): Promise<void> {
    let idleMs = this.opts.pollMs;
    while (this.running) {
      let claimed: QueueItem[] = [];
      try {
        claimed = await claim(this.opts.concurrency - this.inflight.size, this.opts.leaseMs);
      } catch (err) {
        log.error("inngest/local: claiming work failed", { err });
      }
      for (const item of claimed) {
        const done = this.handle(item)
          .catch((err) =>
            log.error("inngest/local: work item failed; it will be retried after its lease", {
              err,
              item: item.id,
            }),
          )
          .finally(() => {
            this.inflight.delete(item.id);
            wakeWorkers();
          });
        this.inflight.set(item.id, { item, done });
      }
      if (claimed.length) idleMs = this.opts.pollMs;
      if (!claimed.length || this.inflight.size >= this.opts.concurrency) {
        const woken = await this.idle(idleMs);
        idleMs = woken
          ? this.opts.pollMs
          : Math.min(idleMs * 2, Math.max(this.opts.maxIdleMs, this.opts.pollMs));
      }
    }
  }

  /** Waits `ms` or until woken; true when woken. */
  private idle(ms: number): Promise<boolean> {
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

  private async handle(item: QueueItem): Promise<void> {
    if (item.kind === "event")
      return this.commit(item, (tx) => processEvent(tx, item.event_id!, this.functions));
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
    let state = await asServiceRole((tx) => loadRunState(tx, first.run_id!));
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
      // (it inherits the finished call's concurrency slots) and its state is read in the same
      // transaction, saving a claim and a read per step. Capped so one run cannot hog a worker.
      const chain =
        this.running && chained < MAX_CHAINED_CALLS
          ? { token: current.lease_token, ms: this.opts.leaseMs }
          : undefined;
      const next = await this.commit(current, async (tx) => {
        const locked = await lockRun(tx, run.id);
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
        const nextItem: QueueItem = {
          id: nextId,
          kind: "call",
          run_id: run.id,
          event_id: null,
          step_id: null,
          timer: null,
          attempt: 0,
          concurrency_keys: locked.concurrency_keys,
          concurrency_limits: locked.concurrency_limits,
          lease_token: chain.token,
        };
        return { item: nextItem, state: await loadRunState(tx, run.id) };
      });
      if (!next) return;
      item = next.item;
      state = next.state;
      const entry = this.inflight.get(first.id);
      if (entry) entry.item = item;
    }
  }
}
