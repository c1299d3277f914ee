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
    const all = [go(), go(), go()];
    // The first starts at once; the second is due in 100 ms and the third in 200. Blocking for
    // 150 ms makes the second start 50 ms late, which must push the third back, not squeeze it.
    await Promise.resolve();
    block(150);
    await Promise.all(all);
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
