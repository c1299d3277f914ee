import { createHmac, randomBytes } from "node:crypto";
import { linkSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir, ensurePrivateDir } from "@/lib/data-dir";
import { env } from "@/lib/env";

// Keys are hashed with HMAC-SHA256 under a server secret (see docs/decisions/002-api-key-hashing.md).
// With API_KEY_HASH_SECRET unset (the embedded default) a secret is generated once and kept in
// .data/api-key-secret, readable by the owner only, so the app and the CLI hash alike.

export function secretFilePath(): string {
  return path.join(dataDir(), "api-key-secret");
}

let cachedFile: { file: string; secret: string } | undefined;

function readOrCreateSecretFile(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  ensurePrivateDir(path.dirname(file));
  // Written in full under a temporary name, then linked into place: link fails if the file
  // exists, so two processes starting together agree on whichever secret landed first, and no
  // reader ever sees a half-written file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, randomBytes(32).toString("base64url") + "\n", { mode: 0o600 });
  try {
    linkSync(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  } finally {
    rmSync(tmp, { force: true });
  }
  return readFileSync(file, "utf8").trim();
}

export function apiKeyHashSecret(): string {
  const fromEnv = env().API_KEY_HASH_SECRET;
  if (fromEnv) return fromEnv;
  const file = secretFilePath();
  if (cachedFile?.file !== file) cachedFile = { file, secret: readOrCreateSecretFile(file) };
  return cachedFile.secret;
}

/** Hex HMAC-SHA256 of the plaintext key: what api_keys.key_hash stores and lookups compare. */
export function hashApiKey(key: string): string {
  return createHmac("sha256", apiKeyHashSecret()).update(key, "utf8").digest("hex");
}
