import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { listWebhooks } from "@/lib/webhooks";
import { useTestDb } from "../helpers/db";
import { createTestOrg, mockSession, signedIn, type TestOrg } from "./settings-session";

vi.mock("@/lib/auth", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth")>()),
  requireSession: mockSession,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const actions = await import("@/lib/webhooks/actions");

useTestDb();

// A public IP literal: accepted without asking DNS, so the test stays off the network.
const URL_OK = "https://93.184.216.34/hooks/leadscout";

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg("Hooks Org");
});

async function create(url = URL_OK) {
  signedIn.user = org.member;
  const made = await actions.createWebhookAction({
    orgId: org.orgId,
    url,
    events: ["job.completed"],
  });
  if (!made.ok) throw new Error(made.error.message);
  return made.data;
}

describe("webhook settings actions", () => {
  it("adds an endpoint for a member and shows its whsec_ secret once", async () => {
    const hook = await create();
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = await listWebhooks(org.admin.claims, org.orgId);
    expect(listed.find((h) => h.id === hook.id)).toMatchObject({
      url: URL_OK,
      events: ["job.completed"],
      secret_hint: `whsec_…${hook.secret.slice(-4)}`,
    });
    expect(JSON.stringify(listed)).not.toContain(hook.secret);
  });

  it("lists every field problem at once (private address, no events, long description)", async () => {
    signedIn.user = org.admin;
    const before = (await listWebhooks(org.admin.claims, org.orgId)).length;
    const result = await actions.createWebhookAction({
      orgId: org.orgId,
      url: "https://10.1.2.3/hook",
      events: [],
      description: "x".repeat(501),
    });
    expect(result).toMatchObject({ ok: false, error: { code: "validation_failed" } });
    if (result.ok) return;
    expect(result.error.fields).toEqual({
      url: [expect.stringContaining("public address")],
      events: ["Subscribe to at least one event type"],
      description: ["At most 500 characters"],
    });
    const plainHttp = await actions.createWebhookAction({
      orgId: org.orgId,
      url: "http://example.com/h",
    });
    expect(plainHttp).toMatchObject({ ok: false, error: { fields: { url: ["Must use https"] } } });
    expect((await listWebhooks(org.admin.claims, org.orgId)).length).toBe(before);
  });

  it("edits events, pauses, and rotates the secret for a member", async () => {
    const hook = await create();
    signedIn.user = org.member;
    const edited = await actions.updateWebhookAction({
      orgId: org.orgId,
      webhookId: hook.id,
      events: ["job.failed", "job.cancelled"],
    });
    expect(edited).toMatchObject({ ok: true, data: { events: ["job.failed", "job.cancelled"] } });
    const bad = await actions.updateWebhookAction({
      orgId: org.orgId,
      webhookId: hook.id,
      events: ["job.nope"],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: "validation_failed", fields: { "events.0": expect.any(Array) } },
    });

    const rotated = await actions.rotateWebhookSecretAction({
      orgId: org.orgId,
      webhookId: hook.id,
    });
    if (!rotated.ok) throw new Error(rotated.error.message);
    expect(rotated.data.secret).toMatch(/^whsec_/);
    expect(rotated.data.secret).not.toBe(hook.secret);

    await actions.updateWebhookAction({ orgId: org.orgId, webhookId: hook.id, active: false });
    const test = await actions.sendTestEventAction({ orgId: org.orgId, webhookId: hook.id });
    expect(test).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("refuses a viewer every change, and answers not found for another tenant's endpoint", async () => {
    const hook = await create();
    signedIn.user = org.viewer;
    const target = { orgId: org.orgId, webhookId: hook.id };
    const refused = await Promise.all([
      actions.createWebhookAction({ orgId: org.orgId, url: URL_OK }),
      actions.updateWebhookAction({ ...target, events: ["job.failed"] }),
      actions.rotateWebhookSecretAction(target),
      actions.deleteWebhookAction(target),
      actions.sendTestEventAction(target),
      actions.redeliverAction({ ...target, deliveryId: randomUUID() }),
    ]);
    for (const r of refused) expect(r).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const still = (await listWebhooks(org.admin.claims, org.orgId)).find((h) => h.id === hook.id);
    expect(still).toMatchObject({ events: ["job.completed"], active: true });

    const other = await createTestOrg("Other Hooks Org");
    signedIn.user = other.admin;
    const foreign = await actions.deleteWebhookAction({ orgId: other.orgId, webhookId: hook.id });
    expect(foreign).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("deletes for a member", async () => {
    const hook = await create();
    const done = await actions.deleteWebhookAction({ orgId: org.orgId, webhookId: hook.id });
    expect(done).toMatchObject({ ok: true, data: { id: hook.id, deleted: true } });
    expect((await listWebhooks(org.admin.claims, org.orgId)).map((h) => h.id)).not.toContain(
      hook.id,
    );
  });
});
