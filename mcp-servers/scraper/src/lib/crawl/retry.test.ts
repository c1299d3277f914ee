import { describe, expect, it } from "vitest";
import { FetchError, type SafeFetch, type SafeResponse } from "@leadscout/http";
import { fetchWithRetry, parseRetryAfter } from "./retry";

const response = (status: number, headers: Record<string, string> = {}): SafeResponse => ({
  url: "u",
  finalUrl: "u",
  status,
  headers,
  contentType: "text/html",
  body: Buffer.alloc(0),
  redirects: [],
  text: () => "",
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

describe("fetchWithRetry", () => {
  const sequence = (...answers: (number | FetchError)[]) => {
    const calls: (string | undefined)[] = [];
    const fetch: SafeFetch = async (_url, opts) => {
      calls.push(opts?.proxy);
      const next = answers.shift()!;
      if (next instanceof FetchError) throw next;
      return response(next);
    };
    return { fetch, calls };
  };
  const retry = { retries: 3, baseDelayMs: 1, deadline: Date.now() + 60_000 };

  it("retries 429/5xx and transient network errors, rotating the proxy per attempt", async () => {
    const { fetch, calls } = sequence(503, new FetchError("network", "reset", "u"), 429, 200);
    const res = await fetchWithRetry(fetch, "u", {}, { ...retry, proxyFor: (n) => `p${n}` });
    expect(res.status).toBe(200);
    expect(calls).toEqual(["p0", "p1", "p2", "p3"]);
  });

  it("never retries an SSRF refusal or a 404", async () => {
    const refused = sequence(new FetchError("blocked_address", "no", "u"), 200);
    await expect(fetchWithRetry(refused.fetch, "u", {}, retry)).rejects.toMatchObject({
      code: "blocked_address",
    });
    expect(refused.calls).toHaveLength(1);
    const missing = sequence(404, 200);
    expect((await fetchWithRetry(missing.fetch, "u", {}, retry)).status).toBe(404);
  });

  it("returns the last answer when retries run out or Retry-After outlives the deadline", async () => {
    const { fetch } = sequence(500, 500, 500, 500);
    expect((await fetchWithRetry(fetch, "u", {}, retry)).status).toBe(500);
    const late: SafeFetch = async () => response(429, { "retry-after": "3600" });
    expect((await fetchWithRetry(late, "u", {}, retry)).status).toBe(429);
  });
});
