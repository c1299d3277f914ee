import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { keyring, type Keyring, type MasterKey } from "./keyring";

// Secrets a customer gives us (webhook signing secrets today, CRM tokens and provider keys later)
// are stored as `enc:v1:<kid>:<base64url(iv ‖ ciphertext ‖ tag)>`: AES-256-GCM under a key derived
// with HKDF-SHA256 from the master key `kid` and the organization id. A copied ciphertext opens
// for no other organization (other key, and the org id is in the additional data), any changed
// byte fails the GCM tag, and the kid lets old ciphertexts open after ENCRYPTION_KEY rotates.

const VERSION = "v1";
const PREFIX = `enc:${VERSION}:`;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class DecryptionError extends Error {
  override name = "DecryptionError";
}

const derived = new Map<string, Buffer>();

/** The organization's data key under one master key (cached: HKDF per call would be waste). */
function orgKey(master: MasterKey, orgId: string): Buffer {
  const id = `${master.kid}:${orgId}`;
  let key = derived.get(id);
  if (!key) {
    key = Buffer.from(
      hkdfSync("sha256", master.secret, "leadscout/org-secret/v1", `org:${orgId}`, 32),
    );
    if (derived.size >= 10_000) derived.clear();
    derived.set(id, key);
  }
  return key;
}

const aad = (kid: string, orgId: string) => Buffer.from(`${PREFIX}${kid}:${orgId}`);

/** Whether a stored value is one of our ciphertexts (any key), as opposed to legacy plaintext. */
export function isSealed(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

/** The kid a ciphertext was written under, or null for anything else. */
export function sealedKeyId(stored: string): string | null {
  if (!isSealed(stored)) return null;
  const kid = stored.slice(PREFIX.length).split(":", 1)[0];
  return kid || null;
}

export function encryptForOrg(orgId: string, plaintext: string, ring: Keyring = keyring()): string {
  const { current } = ring;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", orgKey(current, orgId), iv);
  cipher.setAAD(aad(current.kid, orgId));
  const body = Buffer.concat([
    cipher.update(plaintext, "utf8"),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return `${PREFIX}${current.kid}:${Buffer.concat([iv, body]).toString("base64url")}`;
}

export function decryptForOrg(orgId: string, stored: string, ring: Keyring = keyring()): string {
  const kid = sealedKeyId(stored);
  if (!kid) throw new DecryptionError("Not an encrypted value");
  const master = ring.byKid.get(kid);
  if (!master)
    throw new DecryptionError(
      `Encrypted under an unknown key (${kid}): add that key to ENCRYPTION_KEY_PREVIOUS`,
    );
  const raw = Buffer.from(stored.slice(PREFIX.length + kid.length + 1), "base64url");
  if (raw.length < IV_BYTES + TAG_BYTES) throw new DecryptionError("Encrypted value is truncated");
  const decipher = createDecipheriv(
    "aes-256-gcm",
    orgKey(master, orgId),
    raw.subarray(0, IV_BYTES),
  );
  decipher.setAAD(aad(kid, orgId));
  decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    throw new DecryptionError(
      "Encrypted value failed authentication (altered, or another organization's)",
    );
  }
}

/**
 * For lazy rotation and the rotate command: the value re-encrypted under the current key when it
 * is plaintext or under an older key; null when it is already current.
 */
export function resealForOrg(
  orgId: string,
  stored: string,
  ring: Keyring = keyring(),
): string | null {
  if (sealedKeyId(stored) === ring.current.kid) return null;
  const plaintext = isSealed(stored) ? decryptForOrg(orgId, stored, ring) : stored;
  return encryptForOrg(orgId, plaintext, ring);
}
