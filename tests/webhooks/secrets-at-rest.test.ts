import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { webhookFunctions } from "@/inngest/functions/webhooks";
import type { LocalExecutor } from "@/inngest/local";
import { dbMigrate } from "@/lib/cli/commands/db-migrate";
import { secretsRotate } from "@/lib/cli/commands/secrets-rotate";
import { buildKeyring, resetKeyringForTests, sealedKeyId } from "@/lib/crypto";
import { asServiceRole } from "@/lib/db";
import { generateSecret } from "@/lib/webhooks/secret";
import { startExecutor } from "../inngest/harness";
import { createApiOrg, useUnlimited, type ApiOrg } from "../api/harness/world";
import { startReceiver, verifyBoth, type Receiver } from "./receiver";
import { announceJobEnd, api, finishedJob, received, withWebhookDb } from "./world";

// Webhook signing secrets at rest: what the table holds is ciphertext under the organization's
// key; deliveries still verify with standardwebhooks (and svix) before and after ENCRYPTION_KEY
// rotates; rows from before encryption are sealed by `db migrate` (as by the app's start).
const OLD_KEY = "old-encryption-key-for-tests-000000000000000";
const NEW_KEY = "new-encryption-key-for-tests-111111111111111";
vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
  process.env.WEBHOOK_RETRY_SCHEDULE = "0s,100ms";
  process.env.ENCRYPTION_KEY = "old-encryption-key-for-tests-000000000000000";
  delete process.env.ENCRYPTION_KEY_PREVIOUS;
});
withWebhookDb();

let receiver: Receiver;
let executor: LocalExecutor;
let org: ApiOrg;
const oldKid = buildKeyring(OLD_KEY).current.kid;
const newKid = buildKeyring(NEW_KEY).current.kid;

function useKeys(current: string, previous?: string): void {
  process.env.ENCRYPTION_KEY = current;
  if (previous) process.env.ENCRYPTION_KEY_PREVIOUS = previous;
  else delete process.env.ENCRYPTION_KEY_PREVIOUS;
  resetKeyringForTests();
}

beforeAll(async () => {
  useKeys(OLD_KEY);
  useUnlimited();
  receiver = await startReceiver();
  executor = await startExecutor(webhookFunctions, { concurrency: 4 });
  org = await createApiOrg();
});
afterAll(async () => {
  await executor?.stop();
  await receiver?.close();
  useKeys(OLD_KEY);
});

interface Created {
  id: string;
  secret: string;
  secret_hint: string;
}

async function endpoint(path: string, events = ["job.completed"]): Promise<Created> {
  const res = await api<Created>(org.keys.all, "POST", "/webhooks", {
    url: `${receiver.url}${path}`,
    events,
  });
  expect(res.status, JSON.stringify(res.body.error)).toBe(201);
  return res.body.data;
}

const stored = (id: string) =>
  asServiceRole((tx) =>
    tx
      .selectFrom("webhooks")
      .select(["secret", "previous_secret", "secret_hint"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow(),
  );

/** Ends a fresh job and returns the delivery `path` received for it. */
async function deliverOnce(path: string, n: number, status: "completed" | "failed" = "completed") {
  const jobId = await finishedJob(org.orgId, { status });
  await announceJobEnd(jobId, org.orgId, status);
  return (await received(receiver, path, n))[n - 1]!;
}

describe("webhook secrets at rest", () => {
  it("the table holds ciphertext, never the secret; deliveries verify with standardwebhooks", async () => {
    const hook = await endpoint("/sealed");
    const row = await stored(hook.id);
    expect(row.secret).toMatch(new RegExp(`^enc:v1:${oldKid}:`));
    expect(row.secret).not.toContain(hook.secret.slice(6));
    expect(row.secret_hint).toBe(hook.secret_hint);
    expect(hook.secret_hint).toBe(`whsec_…${hook.secret.slice(-4)}`);

    // A rotated secret's predecessor is stored sealed as well.
    const rotated = await api<Created>(org.keys.all, "POST", `/webhooks/${hook.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    const after = await stored(hook.id);
    for (const s of [hook.secret, rotated.body.data.secret]) {
      expect(after.secret).not.toContain(s.slice(6));
      expect(after.previous_secret).not.toContain(s.slice(6));
    }
    expect(after.previous_secret).toMatch(/^enc:v1:/);

    // Both signatures verify, each with its own secret, as an integrator checks them.
    const delivery = await deliverOnce("/sealed", 1);
    verifyBoth(rotated.body.data.secret, delivery);
    verifyBoth(hook.secret, delivery);
  });

  it("after ENCRYPTION_KEY rotates, old ciphertexts still sign; delivery and the rotate command re-seal them", async () => {
    const lazy = await endpoint("/lazy");
    // Listens for failures only, so the completed job below does not touch it.
    const bulk = await endpoint("/bulk", ["job.failed"]);
    useKeys(NEW_KEY, OLD_KEY);

    // Read lazily: the delivery signs with the secret written under the old key, then re-seals it.
    verifyBoth(lazy.secret, await deliverOnce("/lazy", 1));
    expect(sealedKeyId((await stored(lazy.id)).secret)).toBe(newKid);
    expect(sealedKeyId((await stored(bulk.id)).secret)).toBe(oldKid);

    // `pnpm cli secrets rotate` re-seals everything else at once.
    const report = (await secretsRotate([])) as { key_id: string; webhooks: { failed: number } };
    expect(report).toMatchObject({ key_id: newKid, webhooks: { failed: 0 } });
    expect(sealedKeyId((await stored(bulk.id)).secret)).toBe(newKid);
    expect(await secretsRotate([])).toMatchObject({ webhooks: { resealed: 0, failed: 0 } });

    // The old key can go now: the secret still signs deliveries that verify.
    useKeys(NEW_KEY);
    verifyBoth(bulk.secret, await deliverOnce("/bulk", 1, "failed"));
  });

  it("a secret stored in plaintext before encryption is sealed by db migrate and keeps verifying", async () => {
    useKeys(NEW_KEY);
    const hook = await endpoint("/legacy");
    const legacy = generateSecret();
    await asServiceRole((tx) =>
      tx.updateTable("webhooks").set({ secret: legacy }).where("id", "=", hook.id).execute(),
    );
    const out = (await dbMigrate([])) as { sealed_secrets: number };
    expect(out.sealed_secrets).toBeGreaterThanOrEqual(1);
    const row = await stored(hook.id);
    expect(row.secret).toMatch(new RegExp(`^enc:v1:${newKid}:`));
    expect(row.secret).not.toContain(legacy.slice(6));
    verifyBoth(legacy, await deliverOnce("/legacy", 1));
  });

  it("the rotate command refuses, naming the fix, when no configured key opens a secret", async () => {
    const hook = await endpoint("/lost");
    expect(sealedKeyId((await stored(hook.id)).secret)).toBe(newKid);
    useKeys("a-third-key-nobody-kept-222222222222222222");
    await expect(secretsRotate([])).rejects.toThrow(/ENCRYPTION_KEY_PREVIOUS/);
    useKeys(NEW_KEY);
  });
});
