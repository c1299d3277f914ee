import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import {
  generateSecret,
  sealSecret,
  secretHint,
  signingSecrets,
  ROTATION_OVERLAP_MS,
} from "./secret";
import { signDelivery } from "./sign";

describe("signDelivery", () => {
  it("signs id.timestamp.body so the Standard Webhooks verifier accepts it, and only it", () => {
    const secret = generateSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const body = JSON.stringify({ type: "job.completed", data: { n: 1 } });
    const headers = signDelivery("msg_1", body, [secret]);
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(body.replace("1", "2"), { ...headers })).toThrow();
    expect(() => new Webhook(generateSecret()).verify(body, { ...headers })).toThrow();
  });

  it("during a rotation carries both signatures; each secret verifies on its own", () => {
    const [current, previous] = [generateSecret(), generateSecret()];
    const now = Date.now();
    process.env.ENCRYPTION_KEY ??= "unit-test-encryption-key-000000000000000";
    const orgId = "00000000-0000-4000-8000-000000000001";
    const row = {
      org_id: orgId,
      secret: sealSecret(orgId, current),
      previous_secret: sealSecret(orgId, previous),
      secret_rotated_at: new Date(now),
    };
    const secrets = signingSecrets(row, now + 1000);
    expect(secrets).toEqual([current, previous]);
    const headers = signDelivery("msg_2", "{}", secrets);
    expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
    for (const s of secrets)
      expect(() => new Webhook(s).verify("{}", { ...headers })).not.toThrow();
    // A day later only the current secret signs.
    expect(signingSecrets(row, now + ROTATION_OVERLAP_MS + 1)).toEqual([current]);
  });

  it("shows a hint, never the secret", () => {
    const secret = generateSecret();
    const hint = secretHint(secret);
    expect(hint).toBe(`whsec_…${secret.slice(-4)}`);
    expect(hint.length).toBeLessThan(12);
  });
});
