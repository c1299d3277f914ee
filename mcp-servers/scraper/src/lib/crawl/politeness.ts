// Per-host politeness (at most N requests in flight and a minimum gap between request starts) under
// one global cap. Waiters are served in arrival order so no host or page starves.
type Release = () => void;

class Semaphore {
  private active = 0;
  private readonly waiters: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  async acquire(): Promise<Release> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.waiters.shift()?.();
    };
  }
}

interface HostState {
  sem: Semaphore;
  nextStart: number;
  users: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** setTimeout's longest delay; longer ones fire after 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface PolitenessOptions {
  hostConcurrency: number;
  hostDelayMs: number;
  globalConcurrency: number;
}

export class Politeness {
  private readonly global: Semaphore;
  private readonly hosts = new Map<string, HostState>();

  get hostConcurrency(): number {
    return this.opts.hostConcurrency;
  }

  constructor(private readonly opts: PolitenessOptions) {
    this.global = new Semaphore(opts.globalConcurrency);
  }

  /**
   * Waits for a slot on `host` (then a global one) and for the host's delay; `delayMs` may raise
   * the delay (Crawl-delay). Resolves to undefined, holding nothing, when the slot would start
   * after `deadline`: a crawl must not sleep past its time budget.
   */
  async acquire(host: string, delayMs = 0, deadline = Infinity): Promise<Release | undefined> {
    let state = this.hosts.get(host);
    if (!state)
      this.hosts.set(
        host,
        (state = { sem: new Semaphore(this.opts.hostConcurrency), nextStart: 0, users: 0 }),
      );
    state.users++;
    const releaseHost = await state.sem.acquire();
    const gap = Math.max(this.opts.hostDelayMs, delayMs);
    // The gap runs from the moment a request is let go, not from when it was planned: a timer
    // that fires late, or a wait for a global slot, must not shorten the gap before the next one.
    // So a request takes its start only when the host is due and a global slot is in hand, in one
    // synchronous step; whoever finds the host due first goes, the others wait for the new time.
    let releaseGlobal: Release;
    for (;;) {
      const wait = state.nextStart - Date.now();
      if (wait > 0) {
        if (state.nextStart >= deadline) {
          state.users--;
          releaseHost();
          return undefined;
        }
        await sleep(wait);
        continue;
      }
      releaseGlobal = await this.global.acquire();
      if (state.nextStart <= Date.now()) break;
      releaseGlobal(); // another request of this host started while this one waited for the slot
    }
    state.nextStart = Date.now() + gap;
    const s = state;
    return () => {
      releaseGlobal();
      releaseHost();
      if (--s.users > 0) return;
      // Forget idle hosts once their delay has passed, so a long-running server does not keep
      // one entry per host it ever visited.
      // A Crawl-delay may be longer than a timer can wait (Node fires those at once), so the
      // timer is capped and looks again when it fires.
      const forget = () => {
        if (s.users > 0 || this.hosts.get(host) !== s) return;
        const wait = s.nextStart - Date.now();
        if (wait <= 0) this.hosts.delete(host);
        else setTimeout(forget, Math.min(wait, MAX_TIMER_MS)).unref();
      };
      forget();
    };
  }
}
