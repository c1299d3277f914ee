import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { leadsByStage, leadsPerDay, type DateRange } from "@/lib/analytics";
import { asServiceRole, withUser, type JwtClaims } from "@/lib/db";
import { useTestDb } from "../helpers/db";
import { createOrg } from "../pipeline/world";

useTestDb();

// lead_daily_counts (migration 0027) is kept by triggers on scraped_leads: whatever writes a
// lead — an insert of many at once, a stage or status change, a move to another day, a delete —
// the per-day charts stay equal to a recount of the leads themselves.

const RANGE: DateRange = { preset: "custom", from: "2026-04-01", to: "2026-04-02" };
let orgId: string;
let claims: JwtClaims;

interface Count {
  day: string;
  status: string;
  stage: string;
  leads: number;
}

/** The rollup's non-zero counters and a recount from the leads, both sorted. */
async function rollupAndRecount(org: string): Promise<[Count[], Count[]]> {
  return asServiceRole(async (tx) => {
    const rollup = await sql<Count>`
      select to_char(day, 'YYYY-MM-DD') as day, status, stage, leads from public.lead_daily_counts
      where org_id = ${org} and leads <> 0 order by 1, 2, 3`.execute(tx);
    const recount = await sql<Count>`
      select to_char((created_at at time zone 'UTC')::date, 'YYYY-MM-DD') as day,
             coalesce(status, 'unscored') as status, stage, count(*)::int as leads
      from public.scraped_leads where org_id = ${org} group by 1, 2, 3 order by 1, 2, 3`.execute(
      tx,
    );
    return [rollup.rows, recount.rows];
  });
}

beforeAll(async () => {
  ({ orgId, claims } = await createOrg(0));
  // One statement, several leads on the same key: counted once each.
  await asServiceRole((tx) =>
    tx
      .insertInto("scraped_leads")
      .values([
        {
          org_id: orgId,
          dedupe_key: "d1",
          status: "hot",
          created_at: new Date("2026-04-01T08:00Z"),
        },
        {
          org_id: orgId,
          dedupe_key: "d2",
          status: "hot",
          created_at: new Date("2026-04-01T09:00Z"),
        },
        {
          org_id: orgId,
          dedupe_key: "d3",
          status: null,
          created_at: new Date("2026-04-01T10:00Z"),
        },
        {
          org_id: orgId,
          dedupe_key: "d4",
          status: "cold",
          created_at: new Date("2026-04-02T10:00Z"),
        },
      ])
      .execute(),
  );
});

const update = (key: string, set: Record<string, unknown>) =>
  withUser(claims, (tx) =>
    tx
      .updateTable("scraped_leads")
      .set(set)
      .where("org_id", "=", orgId)
      .where("dedupe_key", "=", key)
      .execute(),
  );

describe("lead_daily_counts", () => {
  it("counts the leads of a multi-row insert per day and status", async () => {
    expect(await leadsPerDay(claims, orgId, RANGE)).toEqual([
      { day: "2026-04-01", total: 3, hot: 2, warm: 0, cold: 0, unscored: 1 },
      { day: "2026-04-02", total: 1, hot: 0, warm: 0, cold: 1, unscored: 0 },
    ]);
  });

  it("moves a lead's count when a member changes its stage or status, not on other edits", async () => {
    await update("d1", { stage: "contacted" });
    await update("d3", { status: "warm" });
    const before = await rollupAndRecount(orgId);
    await update("d2", { notes: "called, no answer" });
    expect(await rollupAndRecount(orgId)).toEqual(before);
    const stages = await leadsByStage(claims, orgId, RANGE);
    expect(stages.filter((s) => s.leads > 0)).toEqual([
      { stage: "new", leads: 3 },
      { stage: "contacted", leads: 1 },
    ]);
    expect((await leadsPerDay(claims, orgId, RANGE))[0]).toMatchObject({ warm: 1, unscored: 0 });
  });

  it("follows a lead moved to another day and a deleted lead", async () => {
    await update("d2", { created_at: new Date("2026-04-02T12:00Z") });
    await withUser(claims, (tx) =>
      tx.deleteFrom("scraped_leads").where("dedupe_key", "=", "d4").execute(),
    );
    expect((await leadsPerDay(claims, orgId, RANGE)).map((d) => d.total)).toEqual([2, 1]);
    const [rollup, recount] = await rollupAndRecount(orgId);
    expect(rollup).toEqual(recount);
  });

  it("stays exact through an upsert that inserts one lead and updates another (a job's write)", async () => {
    await asServiceRole((tx) =>
      sql`insert into public.scraped_leads (org_id, dedupe_key, status, created_at)
          values (${orgId}, 'd1', 'cold', '2026-04-01T08:00Z'), (${orgId}, 'd9', 'hot', '2026-04-02T08:00Z')
          on conflict (org_id, dedupe_key) do update set status = excluded.status`.execute(tx),
    );
    expect(await leadsPerDay(claims, orgId, RANGE)).toEqual([
      { day: "2026-04-01", total: 2, hot: 0, warm: 1, cold: 1, unscored: 0 },
      { day: "2026-04-02", total: 2, hot: 2, warm: 0, cold: 0, unscored: 0 },
    ]);
    const [rollup, recount] = await rollupAndRecount(orgId);
    expect(rollup).toEqual(recount);
  });

  it("lets an organization with leads be deleted (its counters go with it)", async () => {
    const other = await createOrg(0);
    await asServiceRole((tx) =>
      tx
        .insertInto("scraped_leads")
        .values({ org_id: other.orgId, dedupe_key: "x", created_at: new Date("2026-04-01") })
        .execute(),
    );
    await asServiceRole((tx) =>
      tx.deleteFrom("organizations").where("id", "=", other.orgId).execute(),
    );
    expect(await rollupAndRecount(other.orgId)).toEqual([[], []]);
  });
});
