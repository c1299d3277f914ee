import { createHmac } from "node:crypto";
import path from "node:path";
import { loadOrCreateSecret } from "@/lib/auth/secret";

// The master keys secrets at rest are derived from. ENCRYPTION_KEY is the current one (every new
// ciphertext uses it); ENCRYPTION_KEY_PREVIOUS lists retired ones, comma-separated, that still
// decrypt what was written before a rotation. Without ENCRYPTION_KEY (the embedded default) a key
// is generated once into .data/encryption-key (0600), like the auth secret beside it.

export interface MasterKey {
  /** Short public fingerprint written into each ciphertext, so a reader picks the right key. */
  kid: string;
  secret: string;
}

export interface Keyring {
  current: MasterKey;
  /** Every key that may decrypt, by kid: the current one and the previous ones. */
  byKid: Map<string, MasterKey>;
}

const MIN_LENGTH = 32;
let cached: Keyring | undefined;

export function encryptionKeyFilePath(): string {
  return path.join(process.cwd(), ".data", "encryption-key");
}

/** A key's fingerprint: an HMAC under the key itself, so it reveals nothing about it. */
export function keyId(secret: string): string {
  return createHmac("sha256", secret).update("leadscout key id").digest("hex").slice(0, 12);
}

function masterKey(secret: string, name: string): MasterKey {
  if (secret.length < MIN_LENGTH)
    throw new Error(`${name} must be at least ${MIN_LENGTH} characters`);
  return { kid: keyId(secret), secret };
}

export function buildKeyring(current: string, previous: string[] = []): Keyring {
  const cur = masterKey(current, "ENCRYPTION_KEY");
  const byKid = new Map([[cur.kid, cur]]);
  for (const p of previous) {
    const key = masterKey(p, "ENCRYPTION_KEY_PREVIOUS");
    if (!byKid.has(key.kid)) byKid.set(key.kid, key);
  }
  return { current: cur, byKid };
}

/** The process's keyring, from the environment (or the generated file), read once. */
export function keyring(): Keyring {
  if (!cached) {
    const current =
      process.env.ENCRYPTION_KEY?.trim() || loadOrCreateSecret(encryptionKeyFilePath());
    const previous = (process.env.ENCRYPTION_KEY_PREVIOUS ?? "")
      .split(",")
      .map((k) => k.trim())
      .filter(Boolean);
    cached = buildKeyring(current, previous);
  }
  return cached;
}

/** Tests change the keys between cases; this forgets the loaded ring. */
export function resetKeyringForTests(): void {
  cached = undefined;
}
