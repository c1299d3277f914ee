import { describe, expect, it } from "vitest";
import { MemoryCache } from "./memory-cache";
import { Memo } from "./memo";

describe("Memo", () => {
  it("runs one fetch for concurrent callers of the same key and caches the result", async () => {
    const memo = new Memo(new MemoryCache());
    let calls = 0;
    const fetch = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 20));
      return { name: "Acme" };
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => memo.run("website", "acme.com", 60_000, fetch)),
    );
    expect(calls).toBe(1);
    expect(results.every((r) => r.value.name === "Acme")).toBe(true);
    const again = await memo.run("website", "acme.com", 60_000, fetch);
    expect(again.cached).toBe(true);
    expect(calls).toBe(1);
    expect(memo.stats).toEqual({ hits: 10, misses: 1 });
  });

  it("keys by provider and forgets entries after their TTL", async () => {
    let now = 1_000;
    const memo = new Memo(new MemoryCache(100, () => now));
    let calls = 0;
    const fetch = async () => ++calls;
    await memo.run("hunter", "acme.com", 1_000, fetch);
    await memo.run("apollo", "acme.com", 1_000, fetch);
    expect(calls).toBe(2);
    now += 1_001;
    await memo.run("hunter", "acme.com", 1_000, fetch);
    expect(calls).toBe(3);
  });

  it("does not cache failures", async () => {
    const memo = new Memo(new MemoryCache());
    let calls = 0;
    const flaky = async () => {
      calls++;
      if (calls === 1) throw new Error("boom");
      return "ok";
    };
    await expect(memo.run("p", "k", 60_000, flaky)).rejects.toThrow("boom");
    await expect(memo.run("p", "k", 60_000, flaky)).resolves.toMatchObject({ value: "ok" });
  });
});

describe("MemoryCache", () => {
  it("hands out a frozen copy, so no caller can change what others will read", async () => {
    const cache = new MemoryCache();
    const original = { socials: [{ url: "https://x.com/acme" }] };
    await cache.set("k", original, 60_000);
    original.socials.push({ url: "https://evil.example" });
    const hit = await cache.get<typeof original>("k");
    expect(hit?.socials).toHaveLength(1);
    expect(() => hit!.socials.push({ url: "https://evil.example" })).toThrow(TypeError);
  });
});
