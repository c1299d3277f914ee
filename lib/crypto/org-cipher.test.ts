import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildKeyring, keyring, resetKeyringForTests } from "./keyring";
import {
  decryptForOrg,
  DecryptionError,
  encryptForOrg,
  resealForOrg,
  sealedKeyId,
} from "./org-cipher";

const OLD = "old-master-key-old-master-key-old-master-key";
const NEW = "new-master-key-new-master-key-new-master-key";
const ORG_A = "11111111-1111-4111-8111-111111111111";
const ORG_B = "22222222-2222-4222-8222-222222222222";
const SECRET = "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTAwMDA=";

describe("encryptForOrg / decryptForOrg", () => {
  const ring = buildKeyring(NEW);

  it("round-trips, in a versioned format that carries no plaintext", () => {
    const sealed = encryptForOrg(ORG_A, SECRET, ring);
    expect(sealed).toMatch(/^enc:v1:[0-9a-f]{12}:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(SECRET.slice(6, 20));
    expect(decryptForOrg(ORG_A, sealed, ring)).toBe(SECRET);
    expect(decryptForOrg(ORG_A, encryptForOrg(ORG_A, "", ring), ring)).toBe("");
    // A fresh IV each time: equal secrets do not look equal at rest.
    expect(encryptForOrg(ORG_A, SECRET, ring)).not.toBe(sealed);
  });

  it("keys differ per organization: one org's ciphertext never opens as another's", () => {
    const sealed = encryptForOrg(ORG_A, SECRET, ring);
    expect(() => decryptForOrg(ORG_B, sealed, ring)).toThrow(DecryptionError);
  });

  it("detects tampering with any part: body, tag, key id, truncation", () => {
    const sealed = encryptForOrg(ORG_A, SECRET, ring);
    const body = sealed.slice(sealed.lastIndexOf(":") + 1);
    const head = sealed.slice(0, sealed.lastIndexOf(":") + 1);
    const raw = Buffer.from(body, "base64url");
    for (const i of [0, 12, raw.length - 1]) {
      const bent = Buffer.from(raw);
      bent[i]! ^= 0x01;
      expect(() => decryptForOrg(ORG_A, head + bent.toString("base64url"), ring)).toThrow(
        /failed authentication/,
      );
    }
    expect(() => decryptForOrg(ORG_A, head + body.slice(0, 20), ring)).toThrow(DecryptionError);
    expect(() =>
      decryptForOrg(ORG_A, sealed.replace(/:[0-9a-f]{12}:/, ":000000000000:"), ring),
    ).toThrow(/unknown key/);
    expect(() => decryptForOrg(ORG_A, SECRET, ring)).toThrow(/Not an encrypted value/);
  });

  it("after a rotation old ciphertexts still open, and reseal moves them to the new key", () => {
    const before = encryptForOrg(ORG_A, SECRET, buildKeyring(OLD));
    const rotated = buildKeyring(NEW, [OLD]);
    expect(decryptForOrg(ORG_A, before, rotated)).toBe(SECRET);
    const after = resealForOrg(ORG_A, before, rotated)!;
    expect(sealedKeyId(after)).toBe(rotated.current.kid);
    expect(sealedKeyId(before)).not.toBe(rotated.current.kid);
    expect(resealForOrg(ORG_A, after, rotated)).toBeNull();
    // Once the old key is dropped, only what was re-sealed still opens.
    expect(decryptForOrg(ORG_A, after, buildKeyring(NEW))).toBe(SECRET);
    expect(() => decryptForOrg(ORG_A, before, buildKeyring(NEW))).toThrow(/unknown key/);
    // Legacy plaintext is sealed by the same call.
    expect(decryptForOrg(ORG_A, resealForOrg(ORG_A, SECRET, rotated)!, rotated)).toBe(SECRET);
  });

  it("refuses short keys", () => {
    expect(() => buildKeyring("short")).toThrow(/ENCRYPTION_KEY must be at least 32/);
    expect(() => buildKeyring(NEW, ["short"])).toThrow(/ENCRYPTION_KEY_PREVIOUS/);
  });
});

describe("keyring()", () => {
  const saved = { key: process.env.ENCRYPTION_KEY, prev: process.env.ENCRYPTION_KEY_PREVIOUS };
  afterEach(() => {
    vi.restoreAllMocks();
    process.env.ENCRYPTION_KEY = saved.key;
    process.env.ENCRYPTION_KEY_PREVIOUS = saved.prev;
    if (saved.key === undefined) delete process.env.ENCRYPTION_KEY;
    if (saved.prev === undefined) delete process.env.ENCRYPTION_KEY_PREVIOUS;
    resetKeyringForTests();
  });

  it("without ENCRYPTION_KEY generates one into .data/encryption-key (0600) and keeps it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "leadscout-keyring-"));
    try {
      vi.spyOn(process, "cwd").mockReturnValue(dir);
      delete process.env.ENCRYPTION_KEY;
      resetKeyringForTests();
      const first = keyring().current;
      const file = path.join(dir, ".data", "encryption-key");
      expect(statSync(file).mode & 0o777).toBe(0o600);
      resetKeyringForTests();
      expect(keyring().current.kid).toBe(first.kid);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads ENCRYPTION_KEY and a comma list of ENCRYPTION_KEY_PREVIOUS", () => {
    process.env.ENCRYPTION_KEY = NEW;
    process.env.ENCRYPTION_KEY_PREVIOUS = ` ${OLD} ,`;
    resetKeyringForTests();
    const ring = keyring();
    expect(ring.current).toEqual(buildKeyring(NEW).current);
    expect([...ring.byKid.keys()]).toEqual([
      buildKeyring(NEW).current.kid,
      buildKeyring(OLD).current.kid,
    ]);
  });
});
