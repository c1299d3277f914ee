import { createHmac, randomBytes } from "node:crypto";
import { apiKeyHashSecret } from "@/lib/api-keys/hash";
import { decryptForOrg, encryptForOrg, isSealed } from "@/lib/crypto";

// Standard Webhooks secrets: "whsec_" + base64 of 32 random bytes (the libraries strip the prefix
// and base64-decode the rest to get the HMAC key).
const PREFIX = "whsec_";

export function generateSecret(): string {
  return PREFIX + randomBytes(32).toString("base64");
}

/** What is shown after creation: enough to tell two secrets apart, never enough to sign. */
export function secretHint(secret: string): string {
  return `${PREFIX}…${secret.slice(-4)}`;
}

/** How long the previous secret keeps signing after a rotation, so receivers can switch over. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** The stored form of a secret: encrypted under the organization's key (lib/crypto). */
export function sealSecret(orgId: string, secret: string): string {
  return encryptForOrg(orgId, secret);
}

/** A stored secret in the clear; plaintext from before encryption (not yet sealed) passes as is. */
export function openSecret(orgId: string, stored: string): string {
  return isSealed(stored) ? decryptForOrg(orgId, stored) : stored;
}

/** The secrets a delivery is signed with now: the current one, and the previous within 24 h. */
export function signingSecrets(
  row: {
    org_id: string;
    secret: string;
    previous_secret: string | null;
    secret_rotated_at: Date | string | null;
  },
  now = Date.now(),
): string[] {
  const rotatedAt = row.secret_rotated_at ? new Date(row.secret_rotated_at).getTime() : 0;
  const current = openSecret(row.org_id, row.secret);
  return row.previous_secret && now - rotatedAt < ROTATION_OVERLAP_MS
    ? [current, openSecret(row.org_id, row.previous_secret)]
    : [current];
}

/**
 * The secret a job's own webhook_url is signed with. Nothing is stored: it is derived from the
 * job id under the server's keyed-hash secret (API_KEY_HASH_SECRET, see lib/api-keys/hash.ts), and
 * POST /jobs returns it once as webhook_secret. Changing that server secret changes these too.
 */
export function jobWebhookSecret(jobId: string): string {
  const key = createHmac("sha256", apiKeyHashSecret()).update(`job-webhook:${jobId}`).digest();
  return PREFIX + key.toString("base64");
}
