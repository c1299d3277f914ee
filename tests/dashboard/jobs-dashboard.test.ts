import { beforeAll, describe, expect, it, vi } from "vitest";
import { asServiceRole } from "@/lib/db";
import { getHomeStats } from "@/lib/dashboard";
import { listJobs } from "@/lib/jobs";
import { useTestDb } from "../helpers/db";
import { seedLeads } from "../api/harness/world";
import { createTestOrg, mockSession, signedIn, type TestOrg } from "./settings-session";

// The jobs pages' server side: the New job action (viewers refused, every bad URL named, one job
// per idempotency key), the job page's polling route, and the home page's figures.

vi.mock("@/lib/auth", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth")>()),
  requireSession: mockSession,
  getSession: async () => (signedIn.user ? mockSession() : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createJobAction } = await import("@/lib/jobs/actions");
const { GET: pollRoute } = await import("@/app/api/dashboard/jobs/[id]/route");

useTestDb();

let org: TestOrg;
let other: TestOrg;
beforeAll(async () => {
  [org, other] = [await createTestOrg("Jobs Org"), await createTestOrg("Other Jobs Org")];
});

const KEY = "8f0e4b1c-3d2a-4c5b-9e6f-7a8b9c0d1e2f";
const job = (urls: string[]) => ({ type: "bulk", urls, options: { max_pages_per_site: 2 } });
const poll = (id: string) =>
  pollRoute(new Request(`http://app.test/api/dashboard/jobs/${id}`), {
    params: Promise.resolve({ id }),
  });

describe("New job", () => {
  it("refuses a viewer and creates nothing", async () => {
    signedIn.user = org.viewer;
    const r = await createJobAction({
      orgId: org.orgId,
      idempotency_key: KEY,
      job: job(["a.test"]),
    });
    expect(r).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect((await listJobs(org.admin.claims, org.orgId)).data).toHaveLength(0);
  });

  it("names every bad URL by its place in the list, and writes nothing", async () => {
    signedIn.user = org.member;
    const r = await createJobAction({
      orgId: org.orgId,
      idempotency_key: KEY,
      job: job(["https://fine.example.com", "not a url", "ftp://files.example.com"]),
    });
    expect(r).toMatchObject({ ok: false, error: { code: "validation_failed" } });
    if (r.ok) return;
    expect(Object.keys(r.error.fields ?? {}).sort()).toEqual(["urls.1", "urls.2"]);
    expect((await listJobs(org.admin.claims, org.orgId)).data).toHaveLength(0);
  });

  it("makes one job of a double submit with the dialog's key, even after a refused try", async () => {
    signedIn.user = org.member;
    const body = { orgId: org.orgId, idempotency_key: KEY, job: job(["https://acme.example.com"]) };
    const [a, b] = await Promise.all([createJobAction(body), createJobAction(body)]);
    if (!a.ok || !b.ok) throw new Error(JSON.stringify([a, b]));
    expect(a.data.id).toBe(b.data.id);
    expect((await listJobs(org.admin.claims, org.orgId)).data).toHaveLength(1);
  });
});

describe("GET /api/dashboard/jobs/:id", () => {
  it("serves the job to any member, 404 to another org or a bad id, 401 signed out", async () => {
    const [created] = (await listJobs(org.admin.claims, org.orgId)).data;
    signedIn.user = org.viewer;
    const ok = await poll(created!.id);
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.job).toMatchObject({ id: created!.id, progress: { total_urls: 1 } });
    expect(body.urls).toMatchObject({ data: expect.any(Array) });

    const failedOnly = await pollRoute(
      new Request(`http://app.test/api/dashboard/jobs/${created!.id}?url_status=failed`),
      { params: Promise.resolve({ id: created!.id }) },
    );
    expect(failedOnly.status).toBe(200);
    const badFilter = await pollRoute(
      new Request(`http://app.test/api/dashboard/jobs/${created!.id}?url_status=meh`),
      { params: Promise.resolve({ id: created!.id }) },
    );
    expect(badFilter.status).toBe(422);
    expect((await badFilter.json()).error.fields).toHaveProperty("url_status");

    signedIn.user = other.admin;
    expect((await poll(created!.id)).status).toBe(404);
    expect((await poll("nope")).status).toBe(404);
    signedIn.user = null;
    expect((await poll(created!.id)).status).toBe(401);
  });
});

describe("home figures", () => {
  it("counts running jobs, this week's leads and hot leads of the caller's org only", async () => {
    const ids = await seedLeads(org.orgId, 6, (i) => ({ status: i < 2 ? "hot" : "warm" }));
    await seedLeads(other.orgId, 3, () => ({ status: "hot" }));
    // Two leads are old: created 30 days ago.
    await asServiceRole((tx) =>
      tx
        .updateTable("scraped_leads")
        .set({ created_at: new Date(Date.now() - 30 * 86_400_000) })
        .where("id", "in", ids.slice(4))
        .execute(),
    );
    const stats = await getHomeStats(org.viewer.claims, org.orgId);
    expect(stats).toMatchObject({ runningJobs: 1, leadsThisWeek: 4, hotLeads: 2 });
    expect(stats.creditsBalance).toBeGreaterThan(0);
    expect(stats.weekStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
