import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { webhookFunctions } from "@/inngest/functions/webhooks";
import type { LocalExecutor } from "@/inngest/local";
import {
  jobWebhookSecret,
  signDelivery,
  ZJobEventPayloadSchema,
  ZTestEventPayloadSchema,
} from "@/lib/webhooks";
import { jobEventId } from "@/lib/webhooks/payload";
import { endedRuns, runsOf, startExecutor, waitFor } from "../inngest/harness";
import { asServiceRole } from "@/lib/db";
import { createApiOrg, useUnlimited, type ApiOrg } from "../api/harness/world";
import { startReceiver, verifyBoth, type Receiver } from "./receiver";
import { announceJobEnd, api, finishedJob, loggedAttempts, received, withWebhookDb } from "./world";

// Signed delivery end to end through the embedded executor: what a receiver gets verifies with the
// Standard Webhooks library and with svix; retries keep the event id; redelivery re-sends it.
vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
  process.env.WEBHOOK_RETRY_SCHEDULE = "0s,100ms,100ms,100ms";
});
withWebhookDb();

let receiver: Receiver;
let executor: LocalExecutor;
let org: ApiOrg;

beforeAll(async () => {
  useUnlimited();
  receiver = await startReceiver();
  executor = await startExecutor(webhookFunctions, { concurrency: 8 });
  org = await createApiOrg();
});
afterAll(async () => {
  await executor?.stop();
  await receiver?.close();
});

interface Created {
  id: string;
  secret: string;
  secret_hint: string;
}

async function endpoint(path: string, events?: string[]): Promise<Created> {
  const res = await api<Created>(org.keys.all, "POST", "/webhooks", {
    url: `${receiver.url}${path}`,
    ...(events && { events }),
  });
  expect(res.status, JSON.stringify(res.body.error)).toBe(201);
  return res.body.data;
}

describe("a job's end reaches its endpoints signed", () => {
  it("verifies with standardwebhooks and svix; a tampered body or an old timestamp does not", async () => {
    const hook = await endpoint("/verify", ["job.completed", "job.failed"]);
    const jobId = await finishedJob(org.orgId, { webhookUrl: `${receiver.url}/one-off` });
    await announceJobEnd(jobId, org.orgId);
    const [delivery] = await received(receiver, "/verify", 1);

    const payload = ZJobEventPayloadSchema.parse(verifyBoth(hook.secret, delivery!));
    expect(delivery!.headers["webhook-id"]).toBe(jobEventId(jobId, "job.completed"));
    expect(delivery!.headers["content-type"]).toBe("application/json");
    expect(payload).toMatchObject({
      type: "job.completed",
      data: {
        job: {
          id: jobId,
          status: "completed",
          counts: { total_urls: 3, successful_urls: 2, failed_urls: 1, leads_found: 2 },
          credits_used: 6,
        },
        summary: { leads: 2, hot: 1, warm: 0, cold: 1 },
      },
    });
    expect(payload.data.leads_url).toMatch(new RegExp(`/api/v1/leads\\?job_id=${jobId}$`));
    expect(payload.data.job.timings.duration_ms).toBeGreaterThan(0);

    // One changed character, and both libraries refuse it.
    const tampered = { ...delivery!, body: delivery!.body.replace('"leads":2', '"leads":3') };
    expect(tampered.body).not.toBe(delivery!.body);
    expect(() => verifyBoth(hook.secret, tampered)).toThrow(/signature/i);
    // Properly signed, but ten minutes ago: a replay.
    const stale = signDelivery(
      delivery!.headers["webhook-id"]!,
      delivery!.body,
      [hook.secret],
      new Date(Date.now() - 10 * 60_000),
    );
    expect(() => verifyBoth(hook.secret, { ...delivery!, headers: { ...stale } })).toThrow(
      /too old/,
    );
    // The genuine delivery itself, presented six minutes later, is refused too.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 6 * 60_000 });
    try {
      expect(() => verifyBoth(hook.secret, delivery!)).toThrow(/too old/);
    } finally {
      vi.useRealTimers();
    }

    // The job's own webhook_url got the same event once, signed with the job's derived secret
    // (what POST /jobs showed) and not with the endpoint's.
    const [oneOff] = await received(receiver, "/one-off", 1);
    expect(oneOff!.body).toBe(delivery!.body);
    expect(oneOff!.headers["webhook-id"]).toBe(delivery!.headers["webhook-id"]);
    expect(verifyBoth(jobWebhookSecret(jobId), oneOff!)).toEqual(JSON.parse(delivery!.body));
    expect(() => verifyBoth(hook.secret, oneOff!)).toThrow();

    // The log holds the attempt, with the headers sent and no secret anywhere.
    const [row] = await loggedAttempts(hook.id, 1);
    expect(row).toMatchObject({ attempt: 1, succeeded: true, response_status: 200 });
    expect(row!.response_body).toBe("ok");
    expect(JSON.stringify(row)).not.toContain(hook.secret.slice(6));
  });

  it("only subscribed events of the organization's own jobs are delivered", async () => {
    await endpoint("/completed-only", ["job.completed"]);
    // Another organization listens for cancellations; it must never hear of this one's.
    const other = await createApiOrg();
    const foreign = await api(other.keys.all, "POST", "/webhooks", {
      url: `${receiver.url}/other-org`,
      events: ["job.cancelled"],
    });
    expect(foreign.status).toBe(201);
    const before = (await runsOf("webhooks-fan-out")).length;
    const jobId = await finishedJob(org.orgId, { status: "cancelled" });
    await announceJobEnd(jobId, org.orgId, "cancelled");
    const runs = await endedRuns("webhooks-fan-out", before + 1);
    const run = runs.find((r) => r.event.data.jobId === jobId);
    // No endpoint of this organization subscribes to job.cancelled and the job has no
    // webhook_url: nothing to send.
    expect(run?.output).toEqual({ deliveries: 0 });
    expect(receiver.at("/completed-only")).toHaveLength(0);
    expect(receiver.at("/other-org")).toHaveLength(0);
  });

  it("a job end announced twice is delivered once; a plain-http job webhook_url is refused once", async () => {
    const hook = await endpoint("/twice", ["job.completed"]);
    const jobId = await finishedJob(org.orgId, { webhookUrl: "http://hooks.example.com/job" });
    await announceJobEnd(jobId, org.orgId);
    await announceJobEnd(jobId, org.orgId);
    await received(receiver, "/twice", 1);
    await waitFor("both fan-outs and every delivery run to end", async () => {
      const fanOuts = (await runsOf("webhooks-fan-out")).filter(
        (r) => r.event.data.jobId === jobId,
      );
      const runs = await runsOf("webhooks-deliver");
      return fanOuts.length === 2 && [...fanOuts, ...runs].every((r) => r.status !== "running");
    });
    const deliverRuns = (await runsOf("webhooks-deliver")).filter(
      (r) => r.event.data.jobId === jobId,
    );
    // One run per (event, endpoint) although the fan-out ran twice: every endpoint subscribed to
    // job.completed (this file's earlier ones too) and the job's own webhook_url, once each.
    const targets = deliverRuns.map((r) => r.event.data.target);
    expect(targets).toHaveLength(new Set(targets).size);
    expect(targets).toContain(hook.id);
    expect(targets).toContain("http://hooks.example.com");
    expect(receiver.at("/twice")).toHaveLength(1);
    expect(await loggedAttempts(hook.id, 1)).toHaveLength(1);
    const oneOff = await asServiceRole((tx) =>
      tx
        .selectFrom("webhook_deliveries")
        .selectAll()
        .where("job_id", "=", jobId)
        .where("webhook_id", "is", null)
        .execute(),
    );
    expect(oneOff.map((d) => [d.url, d.attempt, d.response_status, d.error])).toEqual([
      [
        "http://hooks.example.com/job",
        1,
        null,
        "Refusing to send over plain http (https is required)",
      ],
    ]);
  });

  it("a receiver down for three attempts gets the event on the fourth, same webhook-id", async () => {
    const hook = await endpoint("/flaky");
    receiver.on("/flaky", (res, n) => res.writeHead(n <= 3 ? 503 : 200).end(`try ${n}`));
    const jobId = await finishedJob(org.orgId);
    await announceJobEnd(jobId, org.orgId);
    const requests = await received(receiver, "/flaky", 4);
    await loggedAttempts(hook.id, 4);

    const ids = new Set(requests.map((r) => r.headers["webhook-id"]));
    expect(ids).toEqual(new Set([jobEventId(jobId, "job.completed")]));
    for (const r of requests) verifyBoth(hook.secret, r);
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);

    const log = await api<{ attempt: number; succeeded: boolean; response_status: number }[]>(
      org.keys.read,
      "GET",
      `/webhooks/${hook.id}/deliveries`,
    );
    expect(log.status).toBe(200);
    expect(log.body.data.map((d) => [d.attempt, d.response_status, d.succeeded]).reverse()).toEqual(
      [
        [1, 503, false],
        [2, 503, false],
        [3, 503, false],
        [4, 200, true],
      ],
    );
    const after = await api<{ consecutive_failures: number; active: boolean }>(
      org.keys.read,
      "GET",
      `/webhooks/${hook.id}`,
    );
    expect(after.body.data).toMatchObject({ consecutive_failures: 0, active: true });
  });

  it("redelivery through the API sends the same event id and body again", async () => {
    const hook = await endpoint("/replay");
    const jobId = await finishedJob(org.orgId);
    await announceJobEnd(jobId, org.orgId);
    const [first] = await received(receiver, "/replay", 1);
    const [row] = await loggedAttempts(hook.id, 1);

    const res = await api<{ event_id: string; queued: boolean }>(
      org.keys.write,
      "POST",
      `/webhooks/${hook.id}/deliveries/${row!.id}/redeliver`,
    );
    expect(res.status).toBe(202);
    expect(res.body.data).toMatchObject({ event_id: first!.headers["webhook-id"], queued: true });
    const [, again] = await received(receiver, "/replay", 2);
    expect(again!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
    expect(again!.body).toBe(first!.body);
    verifyBoth(hook.secret, again!);
    expect((await loggedAttempts(hook.id, 2)).map((d) => d.attempt)).toEqual([1, 2]);

    // Another organization cannot redeliver it.
    const other = await createApiOrg();
    const stranger = await api(
      other.keys.all,
      "POST",
      `/webhooks/${hook.id}/deliveries/${row!.id}/redeliver`,
    );
    expect(stranger.status).toBe(404);
  });

  it("after a secret rotation both secrets verify for a day; the test event is signed too", async () => {
    const hook = await endpoint("/rotated");
    const rotated = await api<Created>(
      org.keys.write,
      "POST",
      `/webhooks/${hook.id}/rotate-secret`,
    );
    expect(rotated.status).toBe(200);
    const fresh = rotated.body.data.secret;
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(hook.secret);
    expect(rotated.body.data.secret_hint).toBe(`whsec_…${fresh.slice(-4)}`);

    const test = await api<{ event_id: string }>(
      org.keys.write,
      "POST",
      `/webhooks/${hook.id}/test`,
    );
    expect(test.status).toBe(202);
    const [r] = await received(receiver, "/rotated", 1);
    expect(r!.headers["webhook-id"]).toBe(test.body.data.event_id);
    expect(r!.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(ZTestEventPayloadSchema.parse(verifyBoth(fresh, r!)).data.webhook_id).toBe(hook.id);
    verifyBoth(hook.secret, r!);
  });
});
