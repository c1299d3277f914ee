import { describe, expect, it } from "vitest";
import { ProviderError } from "./errors";
import { ProviderGuard, type GuardOptions } from "./provider-guard";

const opts: GuardOptions = {
  ratePerSec: 1_000,
  burst: 1_000,
  timeoutMs: 200,
  failureThreshold: 3,
  halfOpenAfterMs: 60_000,
  maxWaitMs: 2_000,
};

describe("ProviderGuard", () => {
  it("opens the circuit after consecutive failures and then fails fast without calling", async () => {
    const guard = new ProviderGuard("p", opts);
    let calls = 0;
    const failing = async () => {
      calls++;
      throw new ProviderError("p", "http_error", "502", { status: 502 });
    };
    for (let i = 0; i < 3; i++) await expect(guard.run(failing)).rejects.toThrow("502");
    expect(guard.circuit).toBe("open");
    await expect(guard.run(failing)).rejects.toMatchObject({ kind: "circuit_open" });
    expect(calls).toBe(3);
  });

  it("aborts a hanging call at the timeout", async () => {
    const guard = new ProviderGuard("p", opts);
    let aborted = false;
    const hang = (signal: AbortSignal) =>
      new Promise<never>((_, reject) =>
        signal.addEventListener("abort", () => ((aborted = true), reject(new Error("aborted")))),
      );
    await expect(guard.run(hang)).rejects.toMatchObject({ kind: "timeout" });
    expect(aborted).toBe(true);
  });

  it("retries once after a short Retry-After and does not count 429 as a failure", async () => {
    const guard = new ProviderGuard("p", { ...opts, failureThreshold: 1 });
    let calls = 0;
    const result = await guard.run(async () => {
      calls++;
      if (calls === 1) throw new ProviderError("p", "rate_limited", "429", { retryAfterMs: 50 });
      return "ok";
    });
    expect(result).toBe("ok");
    expect(calls).toBe(2);
    expect(guard.circuit).toBe("closed");
  });

  it("gives up at once when Retry-After is longer than it is willing to wait", async () => {
    const guard = new ProviderGuard("p", opts);
    let calls = 0;
    const limited = async () => {
      calls++;
      throw new ProviderError("p", "rate_limited", "429", { retryAfterMs: 60_000 });
    };
    await expect(guard.run(limited)).rejects.toMatchObject({ kind: "rate_limited" });
    // The bucket is now paused: the next call is refused without reaching the provider.
    await expect(guard.run(limited)).rejects.toMatchObject({ kind: "rate_limited" });
    expect(calls).toBe(1);
  });
});
