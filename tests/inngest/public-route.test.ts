import { createHmac } from "node:crypto";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "@/lib/env";

// /api/inngest runs job functions on request. It must execute only what Inngest signed: in the
// embedded default (no keys, an unsigned client) it is closed to everyone; with Inngest Cloud or
// self-hosted keys the SDK checks the signature of every call.

const SIGNING_KEY = `signkey-prod-${"ab".repeat(32)}`;
const ENV_KEYS = ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "INNGEST_BASE_URL", "INNGEST_DEV"];

async function loadRoute(envVars: Record<string, string>) {
  for (const key of ENV_KEYS) delete process.env[key];
  Object.assign(process.env, envVars);
  resetEnvForTests();
  vi.resetModules(); // the Inngest client reads its keys when it is created
  return import("@/app/api/inngest/route");
}

afterEach(() => {
  for (const key of ENV_KEYS) delete process.env[key];
  resetEnvForTests();
  vi.resetModules();
});

// What an attacker posts: a step call for the LLM qualifier with event data of their choosing.
const stepCall = {
  ctx: { attempt: 0, run_id: "01ATTACKER", stack: { stack: [] } },
  event: {
    data: { jobId: "00000000-0000-4000-8000-000000000000" },
    name: "leadscout/job.qualify-llm",
  },
  events: [],
  steps: {},
  version: 1,
};
const STEP_URL = "http://app.test/api/inngest?fnId=leadscout-jobs-qualify-llm&stepId=step";

function post(headers: Record<string, string> = {}, body = JSON.stringify(stepCall)) {
  return new NextRequest(STEP_URL, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
}

/** Inngest's request signature: HMAC-SHA256 of the canonical JSON body and the timestamp. */
function sign(body: string, key: string, ts = Math.floor(Date.now() / 1000)): string {
  const raw = key.replace(/^signkey-\w+-/, "");
  const s = createHmac("sha256", raw).update(body).update(String(ts)).digest("hex");
  return `t=${ts}&s=${s}`;
}

describe("/api/inngest in the embedded default", () => {
  it("answers 404 to an unsigned step call, without running the function", async () => {
    const route = await loadRoute({});
    const res = await route.POST(post(), {});
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/userFnToRun|ZodError|jobId/);
  });

  it("answers 404 to sync and introspection too", async () => {
    const route = await loadRoute({});
    expect((await route.PUT(new NextRequest(STEP_URL, { method: "PUT" }), {})).status).toBe(404);
    expect((await route.GET(new NextRequest(STEP_URL), {})).status).toBe(404);
  });

  it("stays closed to the Inngest dev-server mode in production", async () => {
    const route = await loadRoute({ INNGEST_DEV: "1", NODE_ENV: "production" });
    try {
      expect((await route.POST(post(), {})).status).toBe(404);
    } finally {
      Object.assign(process.env, { NODE_ENV: "test" });
    }
  });
});

describe("/api/inngest with Inngest keys", () => {
  const keys = { INNGEST_EVENT_KEY: "event-key", INNGEST_SIGNING_KEY: SIGNING_KEY };

  it("refuses an unsigned step call with 401", async () => {
    const route = await loadRoute(keys);
    expect((await route.POST(post(), {})).status).toBe(401);
  });

  it("refuses a call signed with another key with 401", async () => {
    const route = await loadRoute(keys);
    const body = JSON.stringify(stepCall);
    const forged = sign(body, `signkey-prod-${"cd".repeat(32)}`);
    expect((await route.POST(post({ "x-inngest-signature": forged }, body), {})).status).toBe(401);
  });

  it("runs a call signed with the signing key (self-hosted as well as Cloud)", async () => {
    const modes: Record<string, string>[] = [{}, { INNGEST_BASE_URL: "http://127.0.0.1:8288" }];
    for (const extra of modes) {
      const route = await loadRoute({ ...keys, ...extra });
      const body = JSON.stringify(stepCall); // keys in canonical (sorted) order
      const res = await route.POST(
        post({ "x-inngest-signature": sign(body, SIGNING_KEY) }, body),
        {},
      );
      // Past the signature check the function itself answers: here it refuses the made-up job.
      expect(res.status).not.toBe(401);
      expect(res.status).not.toBe(404);
    }
  });
});
