import { describe, expect, it } from "vitest";
import { Politeness } from "./politeness";

/** Keeps the event loop busy, as a heavy page or a loaded machine would: timers fire late. */
function block(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // busy
  }
}

describe("Politeness", () => {
  it("keeps the host's gap between the starts that really happen, even when timers fire late", async () => {
    const p = new Politeness({ hostConcurrency: 3, hostDelayMs: 100, globalConcurrency: 8 });
    const starts: number[] = [];
    const go = async () => {
      const release = await p.acquire("site.test");
      starts.push(Date.now());
      release!();
    };
    await go();
    // The second request is due 100 ms after the first, the third 100 ms after that. Blocking the
    // loop from 20 ms to 170 ms makes the second start 70 ms late, which must push the third back
    // rather than let it follow the second at once.
    const rest = [go(), go()];
    await new Promise((resolve) => setTimeout(resolve, 20));
    block(150);
    await Promise.all(rest);
    expect(starts).toHaveLength(3);
    // Date.now() reads whole milliseconds, so two stamps taken just after their starts may be 1 ms
    // closer than the starts were.
    for (let i = 1; i < starts.length; i++)
      expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(99);
  });

  it("lets a request go no later than the deadline allows", async () => {
    const p = new Politeness({ hostConcurrency: 2, hostDelayMs: 10_000, globalConcurrency: 8 });
    const first = await p.acquire("slow.test", 0, Date.now() + 1_000);
    expect(first).toBeDefined();
    expect(await p.acquire("slow.test", 0, Date.now() + 1_000)).toBeUndefined();
    first!();
  });
});
