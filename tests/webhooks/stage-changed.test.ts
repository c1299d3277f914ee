import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { webhookFunctions } from "@/inngest/functions/webhooks";
import type { LocalExecutor } from "@/inngest/local";
import { stageChangeEventId, ZLeadStageChangedPayloadSchema } from "@/lib/webhooks";
import { startExecutor } from "../inngest/harness";
import { createApiOrg, seedLeads, useUnlimited, type ApiOrg } from "../api/harness/world";
import { startReceiver, verifyBoth, type Receiver } from "./receiver";
import { api, loggedAttempts, received, withWebhookDb } from "./world";

// lead.stage_changed end to end: a move through the API reaches the endpoints subscribed to it,
// signed (Standard Webhooks and svix both verify it), once per move, and not the others.
vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
  process.env.WEBHOOK_RETRY_SCHEDULE = "0s,100ms,100ms";
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

async function endpoint(path: string, events: string[]) {
  const res = await api<{ id: string; secret: string }>(org.keys.all, "POST", "/webhooks", {
    url: `${receiver.url}${path}`,
    events,
  });
  expect(res.status, JSON.stringify(res.body.error)).toBe(201);
  return res.body.data;
}

describe("lead.stage_changed", () => {
  it("is delivered signed to subscribed endpoints, one event per move, naming the key", async () => {
    const hook = await endpoint("/stages", ["lead.stage_changed"]);
    const jobsOnly = await endpoint("/jobs-only", ["job.completed"]);
    const [leadId] = await seedLeads(org.orgId, 1, () => ({
      name: "Dana",
      email: "dana@acme.test",
    }));

    const moved = await api<{ change: { id: string } }>(
      org.keys.all,
      "POST",
      `/leads/${leadId}/stage`,
      { stage: "contacted", from: "new" },
    );
    expect(moved.status, JSON.stringify(moved.body.error)).toBe(200);
    const [delivery] = await received(receiver, "/stages", 1);
    const event = ZLeadStageChangedPayloadSchema.parse(verifyBoth(hook.secret, delivery!));
    expect(delivery!.headers["webhook-id"]).toBe(stageChangeEventId(moved.body.data.change.id));
    expect(event).toMatchObject({
      type: "lead.stage_changed",
      data: {
        change: {
          id: moved.body.data.change.id,
          from: "new",
          to: "contacted",
          actor: { type: "api_key", user_id: org.claims.sub, api_key_id: org.keyIds.all },
        },
        lead: { id: leadId, name: "Dana", email: "dana@acme.test", stage: "contacted" },
      },
    });
    expect(event.data.lead_url).toMatch(new RegExp(`/api/v1/leads/${leadId}$`));
    const [logged] = await loggedAttempts(hook.id, 1);
    expect(logged).toMatchObject({ event_type: "lead.stage_changed", succeeded: true });

    // A refused move sends nothing; the next real move is an event of its own.
    const refused = await api(org.keys.all, "POST", `/leads/${leadId}/stage`, { stage: "won" });
    expect(refused.status).toBe(422);
    await api(org.keys.all, "POST", `/leads/${leadId}/stage`, { stage: "qualified" });
    const both = await received(receiver, "/stages", 2);
    const second = ZLeadStageChangedPayloadSchema.parse(verifyBoth(hook.secret, both[1]!));
    expect(second.data.change).toMatchObject({ from: "contacted", to: "qualified" });
    expect(both[1]!.headers["webhook-id"]).not.toBe(both[0]!.headers["webhook-id"]);
    expect(receiver.at("/jobs-only")).toEqual([]);
    expect(jobsOnly.id).toBeTruthy();
  });
});
