import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter";

describe("RateLimiter", () => {
  it("allows a burst, then paces at the sustained rate", () => {
    let now = 0;
    const limiter = new RateLimiter(2, 2, () => now);
    expect(limiter.reserve()).toBe(0);
    expect(limiter.reserve()).toBe(0);
    expect(limiter.reserve()).toBe(500);
    now += 500;
    expect(limiter.reserve()).toBe(0);
  });

  it("pauses every caller after a Retry-After", () => {
    let now = 0;
    const limiter = new RateLimiter(100, 100, () => now);
    limiter.pauseFor(3_000);
    expect(limiter.reserve()).toBe(3_000);
    now += 3_000;
    expect(limiter.reserve()).toBe(0);
  });

  it("refuses to wait longer than asked", async () => {
    const limiter = new RateLimiter(1, 1);
    limiter.pauseFor(60_000);
    await expect(limiter.acquire(10)).resolves.toBe(false);
  });
});
