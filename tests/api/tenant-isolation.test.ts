import { beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { useTestDb } from "../helpers/db";
import { dispatch } from "./harness/routes";
import {
  bearer,
  callApi,
  createApiOrg,
  seedLeads,
  useUnlimited,
  type ApiOrg,
} from "./harness/world";

useTestDb();

// Two organizations, each with a job and leads. Through every endpoint, org B's key neither sees
// nor changes anything of org A's: ids answer 404 (never 403, so existence does not leak), lists
// and exports hold only B's rows, and A's rows are untouched afterwards.

interface Side {
  org: ApiOrg;
  jobId: string;
  leadIds: string[];
}

async function call(method: string, path: string, key: string, body?: unknown) {
  const res = await callApi(method, path, key, body);
  return { status: res.status, text: await res.text() };
}

async function side(marker: string): Promise<Side> {
  const org = await createApiOrg();
  const created = await call("POST", "/jobs", org.keys.all, {
    type: "single",
    url: `https://${marker}.example`,
  });
  const jobId = (JSON.parse(created.text) as { data: { id: string } }).data.id;
  const leadIds = await seedLeads(org.orgId, 5, (i) => ({
    name: `${marker} person ${i}`,
    company: `${marker} corp`,
    job_id: jobId,
  }));
  return { org, jobId, leadIds };
}

let a: Side;
let b: Side;

beforeAll(async () => {
  useUnlimited();
  a = await side("alpha");
  b = await side("bravo");
});

describe("org B's key against org A's data", () => {
  it("every id-addressed endpoint answers 404 for A's ids", async () => {
    const key = b.org.keys.all;
    const lead = a.leadIds[0]!;
    const attempts = [
      call("GET", `/jobs/${a.jobId}`, key),
      call("GET", `/jobs/${a.jobId}/urls`, key),
      call("POST", `/jobs/${a.jobId}/cancel`, key),
      call("GET", `/leads/${lead}`, key),
      call("PATCH", `/leads/${lead}`, key, { stage: "lost", notes: "hijacked" }),
      call("DELETE", `/leads/${lead}`, key),
    ];
    for (const r of await Promise.all(attempts)) {
      expect(r.status).toBe(404);
      expect(r.text).not.toContain("alpha");
    }
  });

  it("lists, filters, search and exports hold only B's rows", async () => {
    const key = b.org.keys.all;
    const reads = await Promise.all([
      call("GET", "/jobs?limit=100", key),
      call("GET", "/leads?limit=100", key),
      call("GET", "/leads?q=alpha", key),
      call("GET", `/leads?job_id=${a.jobId}`, key),
      call("GET", "/leads/export?format=csv", key),
      call("GET", "/leads/export?format=json", key),
      call("GET", "/credits?limit=100", key),
      call("GET", "/me", key),
    ]);
    for (const r of reads) {
      expect(r.status).toBe(200);
      expect(r.text).not.toContain("alpha");
      expect(r.text).not.toContain(a.org.orgId);
      expect(r.text).not.toContain(a.jobId);
      for (const id of a.leadIds) expect(r.text).not.toContain(id);
    }
    const leads = JSON.parse(reads[1]!.text) as { data: { id: string }[] };
    expect(leads.data.map((l) => l.id).sort()).toEqual([...b.leadIds].sort());
    expect((JSON.parse(reads[2]!.text) as { data: unknown[] }).data).toEqual([]);
    expect((JSON.parse(reads[3]!.text) as { data: unknown[] }).data).toEqual([]);
  });

  it("A's cursors are only positions: replayed by B they page B's rows", async () => {
    const key = b.org.keys.all;
    for (const list of ["/leads?limit=2", "/leads?limit=2&sort=-score", "/jobs?limit=1"]) {
      // A second job for A, so A's job list has a next page too.
      if (list.startsWith("/jobs"))
        await call("POST", "/jobs", a.org.keys.all, {
          type: "single",
          url: "https://alpha2.example",
        });
      const first = JSON.parse((await call("GET", list, a.org.keys.all)).text) as {
        meta: { next_cursor: string };
      };
      expect(first.meta.next_cursor, list).toBeTruthy();
      const replay = await call("GET", `${list}&cursor=${first.meta.next_cursor}`, key);
      expect(replay.status, list).toBe(200);
      expect(replay.text).not.toContain("alpha");
      for (const id of [a.jobId, ...a.leadIds]) expect(replay.text).not.toContain(id);
    }
  });

  it("A's rows are unchanged after B's attempts", async () => {
    const rows = await asServiceRole((tx) =>
      tx
        .selectFrom("scraped_leads")
        .select(["id", "stage", "notes"])
        .where("org_id", "=", a.org.orgId)
        .execute(),
    );
    expect(rows.length).toBe(5);
    for (const r of rows) expect(r).toMatchObject({ stage: "new", notes: null });
    const job = await asServiceRole((tx) =>
      tx
        .selectFrom("scraping_jobs")
        .select("status")
        .where("id", "=", a.jobId)
        .executeTakeFirstOrThrow(),
    );
    expect(job.status).toBe("pending");
  });

  it("B's own key still works on B's data, so the 404s above are about ownership", async () => {
    expect((await call("GET", `/leads/${b.leadIds[0]}`, b.org.keys.all)).status).toBe(200);
    expect((await call("GET", `/jobs/${b.jobId}`, b.org.keys.all)).status).toBe(200);
    expect((await call("GET", `/leads/${a.leadIds[0]}`, a.org.keys.all)).status).toBe(200);
  });
});

it("an Idempotency-Key used by A means nothing to B", async () => {
  const body = { type: "single", url: "https://shared-key.example" };
  const headers = { "idempotency-key": "same-key-both-orgs", "content-type": "application/json" };
  const post = (key: string) =>
    dispatch(
      new Request("http://api.test/api/v1/jobs", {
        method: "POST",
        headers: { ...bearer(key), ...headers },
        body: JSON.stringify(body),
      }),
    );
  const ra = (await (await post(a.org.keys.all)).json()) as { data: { id: string } };
  const rb = (await (await post(b.org.keys.all)).json()) as {
    data: { id: string; org_id: string };
  };
  expect(rb.data.id).not.toBe(ra.data.id);
  expect(rb.data.org_id).toBe(b.org.orgId);
});
