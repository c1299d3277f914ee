import { log } from "@leadscout/log";
import type { LocalFunction } from "./config";
import { DEFAULT_CONCURRENCY, defaultBackoffMs, type LocalExecutorOptions } from "./options";
import { claim, renewLeases, type QueueItem } from "./queue";
import { registerFunctions } from "./register";
import { sweepOldState } from "./retention";
import { runEvents, runItem, type ItemHost } from "./run-item";
import { onWake, wakeWorkers } from "./wake";

export { DEFAULT_CONCURRENCY, defaultBackoffMs, type LocalExecutorOptions } from "./options";

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
  /** What the items it runs (run-item.ts) see of this executor. */
  private readonly host: ItemHost;

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
    this.host = {
      transport: this.opts.transport,
      leaseMs: this.opts.leaseMs,
      backoffMs: this.opts.backoffMs,
      functions: () => this.functions,
      running: () => this.running,
      killed: () => this.killed,
      continued: (first, next) => {
        const entry = this.inflight.get(first.id);
        if (entry) entry.item = next;
      },
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
      if (events.length) this.track(events, runEvents(this.host, events));
      for (const item of claimed)
        if (item.kind !== "event") this.track([item], runItem(this.host, item));
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
}
