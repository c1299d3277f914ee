import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { listJobUrls, listJobs } from "@/lib/jobs";
import { useTestDb } from "../helpers/db";
import { createOrg, type TestOrg } from "../pipeline/world";

// Rows written by one statement share one now(): a bulk job's URLs, jobs created together. Keyset
// pages must still give every row exactly once, which needs the cursor's microseconds.
useTestDb();

let org: TestOrg;
let jobId: string;
beforeAll(async () => {
  org = await createOrg(0);
  jobId = await asServiceRole(async (tx) => {
    const { rows } = await sql<{ id: string }>`
      insert into public.scraping_jobs (org_id, type, status, total_urls)
      select ${org.orgId}::uuid, 'bulk', 'completed', 25 from generate_series(1, 7)
      returning id`.execute(tx);
    await sql`insert into public.job_urls (job_id, org_id, url)
      select ${rows[0]!.id}::uuid, ${org.orgId}::uuid, 'https://site' || i || '.example/'
      from generate_series(1, 25) as i`.execute(tx);
    return rows[0]!.id;
  });
});

describe("keyset pages over rows that share created_at", () => {
  it("gives each URL of a bulk job exactly once", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const page = await listJobUrls(org.claims, org.orgId, jobId, {
        limit: 4,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.data.map((u) => u.url));
      cursor = page.next_cursor ?? undefined;
      if (!cursor) break;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });

  it("gives each job exactly once", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await listJobs(org.claims, org.orgId, {
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.data.map((j) => j.id));
      cursor = page.next_cursor ?? undefined;
      if (!cursor) break;
    }
    expect(new Set(seen).size).toBe(7);
    expect(seen).toHaveLength(7);
  });

  it("refuses a cursor it did not make", async () => {
    const forged = Buffer.from(JSON.stringify(["2026-02-31T00:00:00.000000Z", jobId])).toString(
      "base64url",
    );
    await expect(listJobs(org.claims, org.orgId, { cursor: forged })).rejects.toMatchObject({
      code: "validation_failed",
    });
  });
});
