import type { Transport } from "./protocol";

export interface LocalExecutorOptions {
  /** Calls the app's serve() handler: in process (the route's handler) or over loopback HTTP. */
  transport: Transport;
  /** The URL the handler is served at; only used to build request URLs. */
  serveUrl: string;
  /** Global limit: items this executor works on at once (default DEFAULT_CONCURRENCY). */
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
  /**
   * While at least half the slots are busy, how long a woken executor waits before claiming, so
   * one claim takes the slots several finished items gave back (default 100 ms).
   */
  claimBatchMs?: number;
}

/**
 * Items in flight by default. A pipeline item spends most of its time waiting on an MCP server or
 * a website, not on this process, so throughput is about items in flight ÷ their latency: 80 lets
 * one organization on the largest plan use all of its URL slots (8 × 10), while per-organization
 * and per-host limits (function concurrency keys) still bound what any one tenant or site gets.
 */
export const DEFAULT_CONCURRENCY = 80;

/** Inngest's shape: exponential from 1 s, capped at 10 min, with jitter so retries spread out. */
export function defaultBackoffMs(attempt: number): number {
  const base = Math.min(1000 * 2 ** (attempt - 1), 600_000);
  return Math.round(base * (0.9 + Math.random() * 0.2));
}
