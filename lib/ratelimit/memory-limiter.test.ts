import { describe, expect, it } from "vitest";
import { rateLimitHeaders } from "./headers";
import { MEMORY_LIMITER_MAX_KEYS, MemoryRateLimiter } from "./memory-limiter";

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

describe("MemoryRateLimiter under a flood of identifiers", () => {
  it("evicts idle counters, never the one being limited, and stays bounded", async () => {
    const l = new MemoryRateLimiter(() => 1_800_000_000_000);
    for (let i = 0; i < 4; i++) await l.limit("p", policy, "abuser");
    expect((await l.limit("p", policy, "abuser")).success).toBe(false);
    // Fresh identifiers past the cap (cheap to make: a new email per sign-in attempt). The abuser
    // keeps knocking throughout and must stay refused: a limiter that forgets every counter when
    // full would let it straight back in.
    const seen: boolean[] = [];
    for (let i = 0; i < MEMORY_LIMITER_MAX_KEYS + 5_000; i++) {
      await l.limit("p", policy, `flood-${i}`);
      if (i % 1_000 === 0) seen.push((await l.limit("p", policy, "abuser")).success);
    }
    expect(seen.filter(Boolean)).toEqual([]);
    expect(l.size).toBe(MEMORY_LIMITER_MAX_KEYS);
    // The oldest idle counters went first; the newest are all still there.
    expect((await l.limit("p", policy, `flood-${MEMORY_LIMITER_MAX_KEYS + 4_999}`)).remaining).toBe(
      1,
    );
  });

  it("drops the least recently used key, not the least recently created", async () => {
    const l = new MemoryRateLimiter(() => 0, 3);
    for (const id of ["a", "b", "c"]) await l.limit("p", policy, id);
    await l.limit("p", policy, "a"); // a is now the most recently used
    await l.limit("p", policy, "d"); // evicts b
    expect(l.size).toBe(3);
    expect((await l.limit("p", policy, "a")).remaining).toBe(0); // third use: kept its count
    expect((await l.limit("p", policy, "b")).remaining).toBe(2); // forgotten: starts afresh
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
