import { Redis } from "@upstash/redis";
import type { Cache } from "./cache";

/** Shared cache across processes and jobs through Upstash's REST API. */
export class UpstashCache implements Cache {
  readonly kind = "upstash" as const;
  private readonly redis: Redis;

  constructor(opts: { url: string; token: string; prefix?: string }) {
    // Retries stay low: a slow cache must not hold up enrichment, a miss just costs a provider call.
    this.redis = new Redis({ url: opts.url, token: opts.token, retry: { retries: 1 } });
    this.prefix = opts.prefix ?? "enricher:";
  }

  private readonly prefix: string;

  async get<T>(key: string): Promise<T | undefined> {
    const value = await this.redis.get<T>(this.prefix + key);
    return value ?? undefined;
  }

  async set<T>(key: string, value: T, ttlMs: number): Promise<void> {
    await this.redis.set(this.prefix + key, value, { px: ttlMs });
  }
}
