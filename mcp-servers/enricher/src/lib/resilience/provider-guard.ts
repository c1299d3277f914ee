import {
  CircuitState,
  ConsecutiveBreaker,
  TimeoutStrategy,
  circuitBreaker,
  handleWhen,
  isBrokenCircuitError,
  isTaskCancelledError,
  timeout,
  wrap,
} from "cockatiel";
import { ProviderError, isProviderError } from "./errors";
import { RateLimiter } from "./rate-limiter";

export interface GuardOptions {
  /** Sustained calls per second and burst size. */
  ratePerSec: number;
  burst: number;
  /** Per attempt, enforced by aborting the request. */
  timeoutMs: number;
  /** Consecutive failures that open the circuit, and how long it stays open. */
  failureThreshold: number;
  halfOpenAfterMs: number;
  /** Longest wait for a rate-limit token or a Retry-After before giving up on this call. */
  maxWaitMs: number;
}

export const DEFAULT_GUARD: GuardOptions = {
  ratePerSec: 10,
  burst: 10,
  timeoutMs: 10_000,
  failureThreshold: 5,
  halfOpenAfterMs: 30_000,
  maxWaitMs: 5_000,
};

// Rate limiting, bad credentials and 4xx answers about one input say nothing about the provider
// being down; timeouts, 5xx, garbage and network errors do.
const countsAsFailure = (err: unknown) => {
  if (!isProviderError(err)) return true;
  if (err.kind === "rate_limited" || err.kind === "unauthorized") return false;
  return !(err.kind === "http_error" && err.status !== undefined && err.status < 500);
};

/**
 * One provider's resilience: rate limit → circuit breaker → timeout, each from cockatiel except
 * the token bucket (cockatiel has none). A 429 pauses the bucket and is retried once when its
 * Retry-After is short; otherwise the call fails fast so the waterfall can move on.
 */
export class ProviderGuard {
  private readonly limiter: RateLimiter;
  private readonly policy;
  private readonly breaker;

  constructor(
    readonly provider: string,
    readonly options: GuardOptions = DEFAULT_GUARD,
  ) {
    this.limiter = new RateLimiter(options.ratePerSec, options.burst);
    this.breaker = circuitBreaker(handleWhen(countsAsFailure), {
      halfOpenAfter: options.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(options.failureThreshold),
    });
    this.policy = wrap(this.breaker, timeout(options.timeoutMs, TimeoutStrategy.Aggressive));
  }

  get circuit(): "closed" | "open" | "half_open" {
    const s = this.breaker.state;
    if (s === CircuitState.Closed) return "closed";
    if (s === CircuitState.HalfOpen) return "half_open";
    return "open";
  }

  private timeoutError(): ProviderError {
    return new ProviderError(
      this.provider,
      "timeout",
      `${this.provider} did not answer within ${this.options.timeoutMs} ms`,
    );
  }

  async run<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      // An open circuit fails at once: waiting for a rate-limit token first would make every
      // caller queue behind a provider that is known to be down.
      if (this.breaker.state === CircuitState.Open)
        throw new ProviderError(this.provider, "circuit_open", `${this.provider} circuit is open`);
      if (!(await this.limiter.acquire(this.options.maxWaitMs)))
        throw new ProviderError(this.provider, "rate_limited", `${this.provider} is rate limited`);
      try {
        return await this.policy.execute(({ signal }) =>
          fn(signal).catch((err: unknown) => {
            // The request saw the abort first and rejected with its own error: it was our timeout.
            if (signal.aborted && !isProviderError(err)) throw this.timeoutError();
            throw err;
          }),
        );
      } catch (err) {
        if (isBrokenCircuitError(err))
          throw new ProviderError(
            this.provider,
            "circuit_open",
            `${this.provider} circuit is open`,
          );
        if (isTaskCancelledError(err)) throw this.timeoutError();
        if (isProviderError(err) && err.kind === "rate_limited") {
          const wait = err.retryAfterMs ?? 1_000;
          this.limiter.pauseFor(wait);
          if (attempt === 0 && wait <= this.options.maxWaitMs) continue;
        }
        throw err;
      }
    }
  }
}
