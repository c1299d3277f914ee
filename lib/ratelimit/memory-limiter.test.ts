import { describe, expect, it } from "vitest";
import { rateLimitHeaders } from "./headers";
import { MemoryRateLimiter } from "./memory-limiter";

const policy = { limit: 3, windowMs: 60_000, describe: "test" };

describe("MemoryRateLimiter", () => {
  it("allows the limit, refuses the next, and starts afresh in the next window", async () => {
    let now = 1_800_000_000_000;
    const l = new MemoryRateLimiter(() => now);
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await l.limit("p", policy, "a"));
    expect(seen.map((r) => r.success)).toEqual([true, true, true, false]);
    expect(seen.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect((await l.limit("p", policy, "b")).success).toBe(true);
    now += 60_000;
    expect(await l.limit("p", policy, "a")).toMatchObject({ success: true, remaining: 2 });
  });

  it("keeps policies apart for the same identifier", async () => {
    const l = new MemoryRateLimiter(() => 0);
    for (let i = 0; i < 3; i++) await l.limit("one", policy, "a");
    expect((await l.limit("one", policy, "a")).success).toBe(false);
    expect((await l.limit("two", policy, "a")).success).toBe(true);
  });
});

describe("rateLimitHeaders", () => {
  it("reports the window in seconds and Retry-After only when refused", () => {
    const ok = rateLimitHeaders(
      { success: true, limit: 10, remaining: 4, reset: 120_500 },
      100_000,
    );
    expect(ok).toEqual({
      "X-RateLimit-Limit": "10",
      "X-RateLimit-Remaining": "4",
      "X-RateLimit-Reset": "121",
    });
    const refused = rateLimitHeaders(
      { success: false, limit: 10, remaining: 0, reset: 120_500 },
      100_000,
    );
    expect(refused["Retry-After"]).toBe("21");
  });
});
