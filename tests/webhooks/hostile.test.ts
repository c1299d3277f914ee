import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { webhookFunctions } from "@/inngest/functions/webhooks";
import type { LocalExecutor } from "@/inngest/local";
import { asServiceRole } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { webhookAlerts } from "@/lib/webhooks";
import { setDeliveryTimeoutForTests } from "@/lib/webhooks/send";
import { startExecutor, waitFor } from "../inngest/harness";
import { createApiOrg, useUnlimited, type ApiOrg } from "../api/harness/world";
import { startReceiver, type Receiver } from "./receiver";
import { announceJobEnd, api, finishedJob, loggedAttempts, received, withWebhookDb } from "./world";

// Receivers that misbehave: every attempt is logged and retried, the worker stays healthy, and an
// endpoint that is gone (410) or failing for a day is disabled and its admins told.
vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1,localhost";
  process.env.WEBHOOK_RETRY_SCHEDULE = "0s,100ms,100ms"; // three attempts
});
withWebhookDb();

const HUGE = 20 * 1024 * 1024;
let receiver: Receiver;
let executor: LocalExecutor;
let org: ApiOrg;
/** Bytes of each 20 MB answer the kernel took before the client hung up, per attempt. */
const hugeBytesFlushed: number[] = [];

const inbox: { to: string[]; body: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, done) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      inbox.push({
        to: session.envelope.rcptTo.map((r) => r.address),
        body: Buffer.concat(chunks).toString("utf8"),
      });
      done();
    });
  },
});

beforeAll(async () => {
  useUnlimited();
  // A hanging receiver costs each attempt the whole timeout: 10 s in the product, 5 s here. Less
  // cut the 20 MB receiver's attempts short on a loaded machine (its 4 KB read, then the drop).
  setDeliveryTimeoutForTests(5_000);
  receiver = await startReceiver();
  smtp.listen(0, "127.0.0.1");
  await once(smtp.server, "listening");
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  resetEnvForTests();
  executor = await startExecutor(webhookFunctions, { concurrency: 8 });
  org = await createApiOrg();
});
afterAll(async () => {
  setDeliveryTimeoutForTests(undefined);
  delete process.env.SMTP_URL;
  resetEnvForTests();
  await executor?.stop();
  await receiver?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function endpoint(url: string): Promise<string> {
  const res = await api<{ id: string }>(org.keys.all, "POST", "/webhooks", { url });
  expect(res.status, JSON.stringify(res.body.error)).toBe(201);
  return res.body.data.id;
}

describe("hostile receivers", () => {
  it("a hang, a 500, a redirect to a private address and a 20 MB body are logged and retried", async () => {
    receiver.on("/hang", () => undefined); // never answers
    // A NUL byte: Postgres text cannot hold it, the log must still be written.
    receiver.on("/error", (res) => res.writeHead(500).end("bo\u0000om"));
    receiver.on("/redirect", (res) =>
      res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
    );
    receiver.on("/huge", (res, n) => {
      hugeBytesFlushed[n - 1] = 0;
      res.writeHead(500, { "content-type": "text/plain", "content-length": String(HUGE) });
      const chunk = Buffer.alloc(64 * 1024, "x");
      let sent = 0;
      const pump = () => {
        while (sent < HUGE) {
          sent += chunk.length;
          // Counted once handed to the kernel: a client reading it all would take all 20 MB.
          const ok = res.write(
            chunk,
            (err) => void (err || (hugeBytesFlushed[n - 1]! += chunk.length)),
          );
          if (!ok) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("close", () => res.removeAllListeners("drain"));
      pump();
    });
    const ids = {
      hang: await endpoint(`${receiver.url}/hang`),
      error: await endpoint(`${receiver.url}/error`),
      redirect: await endpoint(`${receiver.url}/redirect`),
      huge: await endpoint(`${receiver.url}/huge`),
    };
    await announceJobEnd(await finishedJob(org.orgId), org.orgId);

    const logs = Object.fromEntries(
      await Promise.all(
        Object.entries(ids).map(async ([k, id]) => [k, await loggedAttempts(id, 3, 60_000)]),
      ),
    ) as Record<keyof typeof ids, Awaited<ReturnType<typeof loggedAttempts>>>;
    for (const rows of Object.values(logs)) {
      expect(rows.map((r) => r.attempt)).toEqual([1, 2, 3]);
      expect(rows.every((r) => !r.succeeded)).toBe(true);
      expect(new Set(rows.map((r) => r.event_id)).size).toBe(1);
    }
    const seen = (rows: typeof logs.hang) =>
      rows.map((r) => [r.response_status, r.error, r.response_body?.length ?? null]);
    expect(seen(logs.hang)).toEqual(Array(3).fill([null, "Timed out after 5000 ms", null]));
    expect(seen(logs.error)).toEqual(Array(3).fill([500, "HTTP 500", 4]));
    // The redirect is recorded as what it is, never followed to the metadata address.
    const redirect = "HTTP 302: redirects are not followed; point the endpoint at the final URL";
    expect(seen(logs.redirect)).toEqual(Array(3).fill([302, redirect, 0]));
    expect(receiver.at("/redirect")).toHaveLength(3);
    // 4 KB of the 20 MB body kept; the rest was never read (the connection was dropped).
    expect(seen(logs.huge)).toEqual(Array(3).fill([500, "HTTP 500", 4096]));
    expect(hugeBytesFlushed).toHaveLength(3);
    for (const bytes of hugeBytesFlushed) expect(bytes).toBeLessThan(HUGE / 2);

    // The worker is fine: a healthy endpoint still gets the next event at once.
    const healthy = await endpoint(`${receiver.url}/healthy`);
    await announceJobEnd(await finishedJob(org.orgId), org.orgId);
    await received(receiver, "/healthy", 1);
    expect((await loggedAttempts(healthy, 1))[0]!.succeeded).toBe(true);
  }, 90_000);

  it("410 Gone disables the endpoint after one attempt; the banner state says why", async () => {
    receiver.on("/gone", (res) => res.writeHead(410).end());
    const id = await endpoint(`${receiver.url}/gone`);
    await announceJobEnd(await finishedJob(org.orgId), org.orgId);
    const hook = await waitFor("the endpoint to be disabled", async () => {
      const res = await api<{ active: boolean; disabled_reason: string }>(
        org.keys.read,
        "GET",
        `/webhooks/${id}`,
      );
      return res.body.data.active ? undefined : res.body.data;
    });
    expect(hook.disabled_reason).toMatch(/410/);
    expect(await loggedAttempts(id, 1)).toHaveLength(1);
    expect(await webhookAlerts(org.claims, org.orgId)).toContainEqual({
      id,
      url: `${receiver.url}/gone`,
      disabled_reason: hook.disabled_reason,
    });
    // Disabled endpoints refuse test events until re-enabled.
    expect((await api(org.keys.write, "POST", `/webhooks/${id}/test`)).status).toBe(409);
    const enabled = await api<{ active: boolean; disabled_reason: null }>(
      org.keys.write,
      "PATCH",
      `/webhooks/${id}`,
      { active: true },
    );
    expect(enabled.body.data).toMatchObject({ active: true, disabled_reason: null });
  });

  it("a day of consecutive failures disables the endpoint and emails the admins", async () => {
    receiver.on("/down", (res) => res.writeHead(503).end());
    const id = await endpoint(`${receiver.url}/down`);
    // It has been failing since yesterday.
    await asServiceRole((tx) =>
      tx
        .updateTable("webhooks")
        .set({ consecutive_failures: 40, failing_since: new Date(Date.now() - 25 * 3600_000) })
        .where("id", "=", id)
        .execute(),
    );
    await announceJobEnd(await finishedJob(org.orgId), org.orgId);
    const mail = await waitFor("the email to the admins", async () =>
      inbox.find((m) => m.body.includes(`${receiver.url}/down`)),
    );
    const admin = await asServiceRole((tx) =>
      tx
        .selectFrom("profiles")
        .select("email")
        .where("id", "=", org.claims.sub)
        .executeTakeFirstOrThrow(),
    );
    expect(mail.to).toEqual([admin.email]);
    expect(mail.body).toMatch(/24 hours/);
    const hook = await api<{ active: boolean; disabled_reason: string }>(
      org.keys.read,
      "GET",
      `/webhooks/${id}`,
    );
    expect(hook.body.data.active).toBe(false);
    expect(hook.body.data.disabled_reason).toMatch(/failed for 24 hours.*HTTP 503/);
    // One attempt, then nothing more: the run stopped with the endpoint.
    expect(await loggedAttempts(id, 1)).toHaveLength(1);
  });

  it("the SSRF guard is checked again at delivery time", async () => {
    const id = await endpoint(`https://localhost:${new URL(receiver.url).port}/moved`);
    // The host was allowed when the endpoint was made; it no longer is.
    process.env.SSRF_ALLOWLIST = "127.0.0.1";
    resetEnvForTests();
    try {
      await announceJobEnd(await finishedJob(org.orgId), org.orgId);
      const rows = await loggedAttempts(id, 3);
      // Refused, and the delivery log (shown to the org's users) does not say where localhost
      // points: the guard's message is generic, the detail is in the server log.
      expect(rows.map((r) => [r.response_status, r.error])).toEqual(
        rows.map(() => [null, "refused: the address is private or reserved"]),
      );
      expect(receiver.at("/moved")).toHaveLength(0);
    } finally {
      process.env.SSRF_ALLOWLIST = "127.0.0.1,localhost";
      resetEnvForTests();
    }
  });
});
