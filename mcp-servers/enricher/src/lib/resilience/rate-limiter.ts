/**
 * Token bucket per provider: `ratePerSec` sustained, `burst` at once. A 429 pauses the whole
 * bucket until its Retry-After so every caller of that provider backs off together.
 */
export class RateLimiter {
  private tokens: number;
  private updatedAt: number;
  private pausedUntil = 0;

  constructor(
    private readonly ratePerSec: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.updatedAt = now();
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(
      this.burst,
      this.tokens + ((t - this.updatedAt) / 1000) * this.ratePerSec,
    );
    this.updatedAt = t;
  }

  /** Milliseconds until a token is free (0 = go now and the token is taken). */
  reserve(): number {
    this.refill();
    const pause = this.pausedUntil - this.now();
    if (pause > 0) return pause;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) / this.ratePerSec) * 1000);
  }

  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  /** Waits for a token unless that would take longer than `maxWaitMs`; returns false then. */
  async acquire(maxWaitMs: number, signal?: AbortSignal): Promise<boolean> {
    for (;;) {
      const wait = this.reserve();
      if (wait === 0) return true;
      if (wait > maxWaitMs) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
      });
      if (signal?.aborted) return false;
    }
  }
}
