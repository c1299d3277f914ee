import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { consecutiveBreaker, isOpenCircuit } from "./circuit-breaker";

describe("consecutiveBreaker", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  const fail = () => Promise.reject(new Error("down"));
  const ok = () => Promise.resolve("up");
  const refused = (p: Promise<unknown>) =>
    p.then(
      () => false,
      (err: unknown) => isOpenCircuit(err),
    );

  it("opens after the threshold, then lets one trial through after the cooldown; others wait for it", async () => {
    const b = consecutiveBreaker(2, 1000);
    await expect(b.execute(fail)).rejects.toThrow("down");
    await expect(b.execute(ok)).resolves.toBe("up"); // a success resets the count
    await expect(b.execute(fail)).rejects.toThrow("down");
    await expect(b.execute(fail)).rejects.toThrow("down");
    expect(await refused(b.execute(ok))).toBe(true); // open: refused without calling

    vi.setSystemTime(1000);
    let release: (() => void) | undefined;
    const trial = b.execute(() => new Promise<string>((r) => (release = () => r("up"))));
    await vi.waitFor(() => expect(release).toBeDefined());
    // A call during the trial waits for its verdict instead of reaching the service alongside it.
    let waited = false;
    const second = b.execute(async () => {
      waited = true;
      return "up";
    });
    await Promise.resolve();
    expect(waited).toBe(false);
    release!();
    await expect(trial).resolves.toBe("up");
    await expect(second).resolves.toBe("up");
    expect(waited).toBe(true);
    await expect(b.execute(ok)).resolves.toBe("up"); // closed again
  });

  it("a failed trial opens it for another cooldown", async () => {
    const b = consecutiveBreaker(1, 1000);
    await expect(b.execute(fail)).rejects.toThrow("down");
    vi.setSystemTime(1000);
    await expect(b.execute(fail)).rejects.toThrow("down");
    expect(await refused(b.execute(ok))).toBe(true);
    vi.setSystemTime(2000);
    await expect(b.execute(ok)).resolves.toBe("up");
  });
});
