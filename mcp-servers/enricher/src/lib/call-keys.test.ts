import { describe, expect, it } from "vitest";
import { keyScope, perKey, scrubError, scrubKeys } from "./call-keys";

describe("scrubKeys", () => {
  it("removes a key wherever it appears, plain or URL-encoded", () => {
    const key = "hk_live/abc+def=";
    const out = scrubKeys(
      {
        message: `hunter: GET https://api.hunter.io/v2/x?api_key=${encodeURIComponent(key)} failed`,
        attempts: [{ message: `refused ${key}` }, 3, null],
      },
      [key],
    );
    expect(JSON.stringify(out)).not.toContain(key);
    expect(JSON.stringify(out)).not.toContain(encodeURIComponent(key));
    expect(out.attempts[0]).toEqual({ message: "refused [key]" });
    expect(out.attempts.slice(1)).toEqual([3, null]);
  });

  it("answers the value itself when there is no key", () => {
    const v = { a: 1 };
    expect(scrubKeys(v, [])).toBe(v);
  });
});

describe("scrubError", () => {
  it("keeps the error's class and name, drops its cause and the key", () => {
    class InputError extends Error {}
    const err = new InputError("bad secret-key-123", { cause: { url: "?api_key=secret-key-123" } });
    const clean = scrubError(err, ["secret-key-123"]) as Error;
    expect(clean).toBeInstanceOf(InputError);
    expect(clean.message).toBe("bad [key]");
    expect(clean.cause).toBeUndefined();
    expect(clean.stack ?? "").not.toContain("secret-key-123");
  });
});

describe("perKey", () => {
  it("keeps one value per key, indexed by a hash, dropping the least recently used", () => {
    let made = 0;
    const scopes: string[] = [];
    const get = perKey((_key, scope) => {
      scopes.push(scope);
      return ++made;
    }, 2);
    expect(get("key-a")).toBe(1);
    expect(get("key-b")).toBe(2);
    expect(get("key-a")).toBe(1); // a is now the most recent
    expect(get("key-c")).toBe(3); // b goes
    expect(get("key-a")).toBe(1);
    expect(get("key-b")).toBe(4);
    expect(scopes.every((s) => !s.includes("key-"))).toBe(true);
    expect(keyScope("key-a")).toBe(scopes[0]);
  });
});
