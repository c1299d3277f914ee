import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { chartCsv, resolveRange, stageConversion, type DateRange } from "@/lib/analytics";
import { asServiceRole, withUser, type JwtClaims } from "@/lib/db";
import type { LeadStage } from "@/lib/db";
import { moveLeadStage, updateLeadsStage } from "@/lib/leads";
import { useTestDb } from "../helpers/db";
import { createOrg } from "../pipeline/world";

useTestDb();

// Conversion between stages from history (migration 0030), against a hand-computed fixture: leads
// created on a known day 40 days ago and today, moved through the real pipeline today (single and
// bulk moves, reopens, a lead that skips "contacted"), and one imported at a stage. Each lead
// counts at a stage on the day it FIRST reached it, and as going on when it reached the next.

const DAY_MS = 86_400_000;
const d0 = new Date(Date.now() - 40 * DAY_MS).toISOString().slice(0, 10);
const THIS_WEEK: DateRange = resolveRange({ range: "7d" });
const DAY_ZERO: DateRange = { preset: "custom", from: d0, to: d0 };

let orgId: string;
let claims: JwtClaims;
const ids: Record<string, string> = {};

async function lead(key: string, created: string, stage: LeadStage = "new") {
  const row = await asServiceRole((tx) =>
    tx
      .insertInto("scraped_leads")
      .values({ org_id: orgId, dedupe_key: key, stage, created_at: new Date(created) })
      .returning("id")
      .executeTakeFirstOrThrow(),
  );
  ids[key] = row.id;
}

async function walk(key: string, ...stages: LeadStage[]) {
  for (const stage of stages) await moveLeadStage({ claims }, orgId, ids[key]!, { stage });
}

const shape = (s: { stage: string; reached: number; advanced: number }) =>
  [s.stage, s.reached, s.advanced] as const;

beforeAll(async () => {
  ({ orgId, claims } = await createOrg(0));
  for (const key of ["l1", "l2", "l3", "l4", "l5", "l6"]) await lead(key, `${d0}T12:00:00Z`);
  await lead("imported", `${d0}T13:00:00Z`, "proposal");
  await lead("l7", new Date().toISOString());
  await lead("l8", new Date().toISOString());

  // Won twice: reopened from won, then won again.
  await walk("l1", "contacted", "qualified", "proposal", "won", "qualified", "proposal", "won");
  // Contacted, lost, reopened to contacted, then qualified.
  await walk("l2", "contacted", "lost", "contacted", "qualified");
  // Lost straight from new, reopened past "contacted" to qualified.
  await walk("l3", "lost", "qualified");
  // Archived, restored to new, then contacted.
  await walk("l6", "archived", "new");
  await updateLeadsStage({ claims }, orgId, {
    ids: [ids.l4!, ids.l6!, ids.l7!],
    stage: "contacted",
  });
});

describe("conversion between stages from history", () => {
  it("counts each lead once per stage, on the day it first reached it", async () => {
    expect((await stageConversion(claims, orgId, THIS_WEEK)).map(shape)).toEqual([
      // created this week: l7, l8; contacted since: l7
      ["new", 2, 1],
      // first contacted this week: l1, l2, l4, l6, l7; qualified since: l1, l2
      ["contacted", 5, 2],
      // first qualified this week: l1, l2, l3 (l3 skipped contacted); went on to proposal: l1
      ["qualified", 3, 1],
      ["proposal", 1, 1],
      // l1 once, though it was won twice
      ["won", 1, 0],
    ]);
  });

  it("follows the leads created on a day to the stages they reached later", async () => {
    expect(await stageConversion(claims, orgId, DAY_ZERO)).toEqual([
      // l1–l6 and the imported lead; contacted since (or on arrival): l1, l2, l4, l6, imported
      { stage: "new", reached: 7, next: "contacted", advanced: 5, rate: 5 / 7 },
      // the imported lead arrived at proposal: it reached the stages before it then
      { stage: "contacted", reached: 1, next: "qualified", advanced: 1, rate: 1 },
      { stage: "qualified", reached: 1, next: "proposal", advanced: 1, rate: 1 },
      { stage: "proposal", reached: 1, next: "won", advanced: 0, rate: 0 },
      { stage: "won", reached: 0, next: null, advanced: 0, rate: null },
    ]);
  });

  it("stamps the first time each stage was reached, the same instant as its history row", async () => {
    const [row] = await asServiceRole(async (tx) => {
      const { rows } = await sql<{ won: Date; first_history: Date; moves: number }>`
        select l.first_won_at as won,
               (select min(created_at) from public.lead_stage_changes
                where lead_id = l.id and to_stage = 'won') as first_history,
               (select count(*)::int from public.lead_stage_changes
                where lead_id = l.id and to_stage = 'won') as moves
        from public.scraped_leads l where l.id = ${ids.l1!}`.execute(tx);
      return rows;
    });
    expect(row!.moves).toBe(2);
    expect(new Date(row!.won).getTime()).toBe(new Date(row!.first_history).getTime());
  });

  it("writes the pairs to CSV with the next stage and the share that went on", async () => {
    const { body } = await chartCsv(claims, orgId, "stage-conversion", THIS_WEEK);
    expect(body.split("\r\n").slice(0, 3)).toEqual([
      "stage,reached,next_stage,went_on,conversion_to_next",
      "new,2,contacted,1,0.5000",
      "contacted,5,qualified,2,0.4000",
    ]);
    expect(body.split("\r\n")[5]).toBe("won,1,,,");
  });

  it("stays equal to a recount from the leads through edits, deletes and an erasure", async () => {
    const recount = () =>
      asServiceRole(async (tx) => {
        const { rows } = await sql<{ same: boolean }>`
          with truth as (
            select n.org_id, (s.at at time zone 'UTC')::date as day, s.stage,
                   count(*)::int as reached,
                   (count(*) filter (where s.next_at >= s.at))::int as went_on
            from public.scraped_leads n
            cross join lateral (values ('new', n.created_at, n.first_contacted_at),
              ('contacted', n.first_contacted_at, n.first_qualified_at),
              ('qualified', n.first_qualified_at, n.first_proposal_at),
              ('proposal', n.first_proposal_at, n.first_won_at),
              ('won', n.first_won_at, null)) as s (stage, at, next_at)
            where s.at is not null and n.org_id = ${orgId}
            group by 1, 2, 3
          ), kept as (
            select org_id, day, stage, reached, went_on from public.lead_stage_reach_counts
            where org_id = ${orgId} and (reached <> 0 or went_on <> 0)
          )
          select not exists (select * from truth except select * from kept)
             and not exists (select * from kept except select * from truth) as same`.execute(tx);
        return rows[0]!.same;
      });
    expect(await recount()).toBe(true);
    await withUser(claims, (tx) =>
      tx.deleteFrom("scraped_leads").where("id", "=", ids.l4!).execute(),
    );
    await withUser(claims, (tx) =>
      tx
        .updateTable("scraped_leads")
        .set({ created_at: new Date(`${d0}T23:00:00Z`), notes: "moved" })
        .where("id", "=", ids.l8!)
        .execute(),
    );
    expect(await recount()).toBe(true);
    const week = await stageConversion(claims, orgId, THIS_WEEK);
    expect(week.map(shape).slice(0, 2)).toEqual([
      ["new", 1, 1],
      ["contacted", 4, 2],
    ]);

    await asServiceRole((tx) => tx.deleteFrom("organizations").where("id", "=", orgId).execute());
    const left = await asServiceRole(
      async (tx) =>
        (
          await sql<{ n: number }>`select count(*)::int as n from public.lead_stage_reach_counts
            where org_id = ${orgId}`.execute(tx)
        ).rows[0]!.n,
    );
    expect(left).toBe(0);
  });
});
