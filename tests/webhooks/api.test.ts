import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiKey } from "@/lib/api-keys";
import { asServiceRole } from "@/lib/db";
import { JOB_EVENT_TYPES } from "@/lib/webhooks";
import { setUrlPolicyResolver } from "@/lib/webhooks/url-policy";
import { useTestDb } from "../helpers/db";
import { createApiOrg, useUnlimited, type ApiOrg } from "../api/harness/world";
import { createUser } from "../orgs/fixtures";
import { api } from "./world";

// Managing endpoints through /api/v1/webhooks: bad input is a 422 listing every problem with
// nothing written, secrets are shown once, and no organization reaches another's endpoints.
vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
});
useTestDb();

let a: ApiOrg;
let b: ApiOrg;
const RECEIVER = "http://127.0.0.1:9/hook"; // allowlisted: http is fine; nothing is sent here

interface Hook {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  secret?: string;
  secret_hint: string;
}

beforeAll(async () => {
  useUnlimited();
  // Name resolution stays off the network: two public names, one that points inside.
  setUrlPolicyResolver(async (host) => {
    if (host === "hooks.example.com") return [{ address: "93.184.216.34", family: 4 }];
    if (host === "rebind.example.com") return [{ address: "10.1.2.3", family: 4 }];
    throw new Error("NXDOMAIN");
  });
  [a, b] = await Promise.all([createApiOrg(), createApiOrg()]);
});
afterAll(() => setUrlPolicyResolver(undefined));

const create = (org: ApiOrg, body: unknown) => api<Hook>(org.keys.all, "POST", "/webhooks", body);

describe("creating an endpoint", () => {
  it("returns the whsec_ secret once; reads show only its hint", async () => {
    const res = await create(a, { url: "https://hooks.example.com/leadscout", description: "CRM" });
    expect(res.status).toBe(201);
    const hook = res.body.data;
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    // No events named: the job events, as always; lead events are opted into.
    expect(hook.events).toEqual([...JOB_EVENT_TYPES]);
    expect(hook.events).not.toContain("lead.stage_changed");
    expect(hook.secret_hint).toBe(`whsec_…${hook.secret!.slice(-4)}`);

    const read = await api<Hook>(a.keys.read, "GET", `/webhooks/${hook.id}`);
    expect(read.body.data).not.toHaveProperty("secret");
    expect(JSON.stringify(read.body)).not.toContain(hook.secret!.slice(6));
    const list = await api<Hook[]>(a.keys.read, "GET", "/webhooks");
    expect(list.body.data.map((h) => h.id)).toContain(hook.id);
    expect(JSON.stringify(list.body)).not.toContain(hook.secret!.slice(6));

    const rotated = await api<Hook>(a.keys.write, "POST", `/webhooks/${hook.id}/rotate-secret`);
    expect(rotated.body.data.secret).toMatch(/^whsec_/);
    expect(rotated.body.data.secret).not.toBe(hook.secret);
    const after = await api<Hook>(a.keys.read, "GET", `/webhooks/${hook.id}`);
    expect(after.body.data.secret_hint).toBe(`whsec_…${rotated.body.data.secret!.slice(-4)}`);
  });

  it.each([
    ["not a url", /Not a valid URL/],
    ["http://hooks.example.com/x", /Must use https/],
    ["ftp://hooks.example.com/x", /https URL/],
    ["https://10.0.0.5/hook", /private/],
    ["https://169.254.169.254/latest", /public address/],
    ["https://[::1]/hook", /loopback/],
    ["https://localhost/hook", /public host name/],
    ["https://crm.internal/hook", /public host name/],
    [
      "https://rebind.example.com/hook",
      /^Must resolve to a public address \(refused: the address is private or reserved\)$/,
    ],
    ["https://user:pw@hooks.example.com/hook", /user name or password/],
  ])("refuses %s with a 422 on url", async (url, message) => {
    const res = await create(a, { url });
    expect(res.status).toBe(422);
    expect(res.body.error!.code).toBe("validation_failed");
    expect(res.body.error!.fields!.url!.join(" ")).toMatch(message);
  });

  it("lists every problem at once and writes nothing", async () => {
    const before = (await api<Hook[]>(a.keys.read, "GET", "/webhooks")).body.data.length;
    const res = await create(a, {
      url: "https://10.0.0.5/x",
      events: ["job.completed", "lead.exploded"],
      description: "x".repeat(501),
      secret: "whsec_mine",
    });
    expect(res.status).toBe(422);
    const fields = res.body.error!.fields!;
    expect(Object.keys(fields).sort()).toEqual(["_", "description", "events.1", "url"]);
    expect(fields["events.1"]!.join()).toMatch(
      /job\.completed, job\.failed, job\.cancelled, lead\.stage_changed, lead\.created/,
    );
    expect((await create(a, { url: RECEIVER, events: [] })).body.error!.fields).toHaveProperty(
      "events",
    );
    expect((await api<Hook[]>(a.keys.read, "GET", "/webhooks")).body.data).toHaveLength(before);
  });

  it("PATCH validates the same way and re-enabling clears the failure state", async () => {
    const { id } = (await create(a, { url: RECEIVER, events: ["job.failed"] })).body.data;
    const bad = await api(a.keys.write, "PATCH", `/webhooks/${id}`, { url: "https://10.9.9.9/" });
    expect(bad.status).toBe(422);
    expect((await api(a.keys.write, "PATCH", `/webhooks/${id}`, {})).status).toBe(422);
    await asServiceRole((tx) =>
      tx
        .updateTable("webhooks")
        .set({ active: false, disabled_reason: "The endpoint answered 410 Gone" })
        .set({ consecutive_failures: 3, failing_since: new Date() })
        .where("id", "=", id)
        .execute(),
    );
    const res = await api<Hook & { disabled_reason: string | null; consecutive_failures: number }>(
      a.keys.write,
      "PATCH",
      `/webhooks/${id}`,
      { active: true, events: ["job.completed", "job.completed"] },
    );
    expect(res.body.data).toMatchObject({
      active: true,
      disabled_reason: null,
      consecutive_failures: 0,
      events: ["job.completed"],
    });
  });
});

describe("access", () => {
  it("another organization's endpoint is not found on every route, and stays untouched", async () => {
    const { id } = (await create(a, { url: RECEIVER })).body.data;
    const [delivery] = await asServiceRole((tx) =>
      tx
        .insertInto("webhook_deliveries")
        .values({
          org_id: a.orgId,
          webhook_id: id,
          event_id: "msg_a",
          event_type: "job.completed",
          url: RECEIVER,
          attempt: 1,
          request_body: "{}",
        })
        .returning("id")
        .execute(),
    );
    const calls: [string, string, unknown?][] = [
      ["GET", `/webhooks/${id}`],
      ["PATCH", `/webhooks/${id}`, { active: false }],
      ["DELETE", `/webhooks/${id}`],
      ["POST", `/webhooks/${id}/rotate-secret`],
      ["POST", `/webhooks/${id}/test`],
      ["GET", `/webhooks/${id}/deliveries`],
      ["POST", `/webhooks/${id}/deliveries/${delivery!.id}/redeliver`],
    ];
    for (const [method, path, body] of calls) {
      const res = await api(b.keys.all, method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error!.code).toBe("not_found");
    }
    expect((await api<Hook[]>(b.keys.all, "GET", "/webhooks")).body.data).toEqual([]);
    const still = await api<Hook>(a.keys.read, "GET", `/webhooks/${id}`);
    expect(still.body.data).toMatchObject({ id, active: true });
    // A's delivery id under B's own endpoint is not found either.
    const own = (await create(b, { url: RECEIVER })).body.data.id;
    const cross = await api(
      b.keys.all,
      "POST",
      `/webhooks/${own}/deliveries/${delivery!.id}/redeliver`,
    );
    expect(cross.status).toBe(404);
  });

  it("viewers are refused; keys need the scope of the route", async () => {
    const viewer = await createUser("viewer");
    await asServiceRole((tx) =>
      tx
        .insertInto("team_members")
        .values({ org_id: a.orgId, user_id: viewer.id, role: "member" })
        .execute(),
    );
    const { key } = await createApiKey(viewer.claims, {
      orgId: a.orgId,
      name: "viewer key",
      scopes: ["read", "write", "delete"],
    });
    await asServiceRole((tx) =>
      tx
        .updateTable("team_members")
        .set({ role: "viewer" })
        .where("user_id", "=", viewer.id)
        .execute(),
    );
    // Reading webhooks is for members; writing is beyond a viewer's key altogether (its write
    // scope lapsed with the demotion).
    for (const [method, body, code] of [
      ["GET", undefined, "forbidden"],
      ["POST", { url: RECEIVER }, "insufficient_scope"],
    ] as const) {
      const res = await api(key, method, "/webhooks", body);
      expect(res.status).toBe(403);
      expect(res.body.error!.code).toBe(code);
    }
    const { id } = (await create(a, { url: RECEIVER })).body.data;
    expect(
      (await create({ ...a, keys: { ...a.keys, all: a.keys.read } }, { url: RECEIVER })).status,
    ).toBe(403);
    expect((await api(a.keys.write, "DELETE", `/webhooks/${id}`)).status).toBe(403);
    const deleted = await api(a.keys.del, "DELETE", `/webhooks/${id}`);
    expect(deleted.body.data).toEqual({ id, deleted: true });
    expect((await api(a.keys.read, "GET", `/webhooks/${id}`)).status).toBe(404);
  });

  it("an organization has at most 20 endpoints", async () => {
    const org = await createApiOrg();
    for (let i = 0; i < 20; i++)
      expect((await create(org, { url: `${RECEIVER}/${i}` })).status).toBe(201);
    const res = await create(org, { url: `${RECEIVER}/20` });
    expect(res.status).toBe(409);
    expect(res.body.error!.message).toMatch(/at most 20/);
  });
});

describe("the delivery log", () => {
  it("pages newest first by cursor; bad cursors, limits and ids are 4xx", async () => {
    const { id } = (await create(a, { url: RECEIVER })).body.data;
    await asServiceRole((tx) =>
      tx
        .insertInto("webhook_deliveries")
        .values(
          [1, 2, 3, 4, 5].map((attempt) => ({
            org_id: a.orgId,
            webhook_id: id,
            event_id: "msg_log",
            event_type: "job.completed",
            url: RECEIVER,
            attempt,
            request_body: "{}",
            response_status: 503,
            created_at: new Date(Date.now() - (10 - attempt) * 1000),
          })),
        )
        .execute(),
    );
    const seen: number[] = [];
    let cursor: string | null | undefined;
    do {
      const qs = new URLSearchParams({ limit: "2", ...(cursor && { cursor }) });
      const page = await api<{ attempt: number }[]>(
        a.keys.read,
        "GET",
        `/webhooks/${id}/deliveries?${qs}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.data.map((d) => d.attempt));
      cursor = page.body.meta.next_cursor;
    } while (cursor);
    expect(seen).toEqual([5, 4, 3, 2, 1]);

    const bad = await api(a.keys.read, "GET", `/webhooks/${id}/deliveries?cursor=nope&limit=0`);
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error!.fields!).sort()).toEqual(["limit"]);
    const badCursor = await api(a.keys.read, "GET", `/webhooks/${id}/deliveries?cursor=nope`);
    expect(badCursor.body.error!.fields).toHaveProperty("cursor");
    // Our cursor's shape around a time Postgres cannot read: still a 422, never a database error.
    const forged = Buffer.from(
      JSON.stringify(["-created_at", "2026-02-31 25:00", "00000000-0000-4000-8000-000000000000"]),
    ).toString("base64url");
    const forgedPage = await api(a.keys.read, "GET", `/webhooks/${id}/deliveries?cursor=${forged}`);
    expect(forgedPage.status).toBe(422);
    expect(forgedPage.body.error!.fields).toHaveProperty("cursor");
    expect((await api(a.keys.read, "GET", `/webhooks/not-a-uuid/deliveries`)).status).toBe(422);
    const missing = `/webhooks/${id}/deliveries/00000000-0000-4000-8000-000000000000/redeliver`;
    expect((await api(a.keys.write, "POST", missing)).status).toBe(404);
  });
});
