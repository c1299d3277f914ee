import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { hashApiKey, secretFilePath } from "./hash";

const KEY = "ls_live_" + "k".repeat(40);

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  resetEnvForTests();
});

describe("hashApiKey", () => {
  it("is an HMAC under API_KEY_HASH_SECRET: stable for one secret, different for another", () => {
    vi.stubEnv("API_KEY_HASH_SECRET", "s".repeat(32));
    resetEnvForTests();
    const first = hashApiKey(KEY);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(KEY)).toBe(first);
    expect(hashApiKey(KEY + "x")).not.toBe(first);
    vi.stubEnv("API_KEY_HASH_SECRET", "t".repeat(32));
    resetEnvForTests();
    expect(hashApiKey(KEY)).not.toBe(first);
  });

  it("without a configured secret, generates one once into .data/api-key-secret (mode 0600)", () => {
    vi.stubEnv("API_KEY_HASH_SECRET", "");
    resetEnvForTests();
    const dir = mkdtempSync(path.join(tmpdir(), "apikey-secret-"));
    vi.spyOn(process, "cwd").mockReturnValue(dir);
    const file = secretFilePath();
    expect(file).toBe(path.join(dir, ".data", "api-key-secret"));
    const hash = hashApiKey(KEY);
    const secret = readFileSync(file, "utf8").trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(hashApiKey(KEY)).toBe(hash);
    expect(readFileSync(file, "utf8").trim()).toBe(secret);
  });
});
