import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir, ensurePrivateDir } from "@/lib/data-dir";

// The key that signs local access tokens. AUTH_SECRET wins; otherwise one is generated on first
// use and kept in .data/auth-secret (0600) so a restart does not sign everybody out.
let cached: Uint8Array | undefined;

export function secretFilePath(): string {
  return path.join(dataDir(), "auth-secret");
}

export function loadOrCreateSecret(file = secretFilePath()): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  ensurePrivateDir(path.dirname(file));
  const secret = randomBytes(48).toString("base64url");
  try {
    // "wx": if another process (the CLI, a second worker) won the race, use its secret instead.
    writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw err;
  }
}

export function authSecret(): Uint8Array {
  if (!cached) {
    const fromEnv = process.env.AUTH_SECRET;
    if (fromEnv && fromEnv.length < 32)
      throw new Error("AUTH_SECRET must be at least 32 characters");
    cached = new TextEncoder().encode(fromEnv || loadOrCreateSecret());
  }
  return cached;
}
