import { mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type OpenedDb } from "@/lib/db/client";
import { migrate, MIGRATIONS_DIR } from "@/lib/db/migrate";

// Migration 0030 on a database that already has leads and history: each lead's first-reached times
// come from its history rows and from the stage it arrived in (imported at a stage; the row 0025
// wrote for a lead already past "new"), and the rollups start equal to those times.

let opened: OpenedDb;
let before: string;
const ORG = "00000000-0000-0000-0000-0000000000aa";
const lead = (c: string) => `00000000-0000-0000-0000-00000000000${c}`;

beforeAll(async () => {
  // The migrations before 0030, as a directory of their own.
  before = mkdtempSync(path.join(tmpdir(), "leadscout-before-0030-"));
  for (const name of readdirSync(MIGRATIONS_DIR).filter((n) => n.endsWith(".sql") && n < "0030"))
    symlinkSync(path.join(MIGRATIONS_DIR, name), path.join(before, name));
  opened = await openDb({ pgliteDir: "memory://" });
  await migrate(opened, before);
  const db = opened.db;
  await sql`insert into public.organizations (id, name, slug) values (${ORG}, 'Backfill', 'backfill')`.execute(
    db,
  );
  const leads: [string, string, string | null, string][] = [
    ["a", "new", "a.test", "2026-01-05T10:00Z"],
    ["b", "proposal", "a.test", "2026-01-10T10:00Z"], // imported at proposal, no history
    ["c", "qualified", null, "2026-01-01T10:00Z"], // 0025's row: qualified when history began
    ["d", "qualified", "b.test", "2026-02-20T10:00Z"], // contacted, lost, contacted, qualified
    ["e", "proposal", "b.test", "2026-02-25T10:00Z"], // imported at qualified, then proposal
    ["f", "qualified", "b.test", "2026-02-26T10:00Z"], // lost from new, reopened to qualified
  ];
  for (const [c, stage, domain, at] of leads)
    await sql`insert into public.scraped_leads (id, org_id, dedupe_key, stage, domain, created_at)
      values (${lead(c)}, ${ORG}, ${c}, ${stage}, ${domain}, ${at})`.execute(db);
  const moves: [string, string | null, string, string][] = [
    ["c", null, "qualified", "2026-02-01T10:00Z"],
    ["d", "new", "contacted", "2026-03-01T10:00Z"],
    ["d", "contacted", "lost", "2026-03-02T10:00Z"],
    ["d", "lost", "contacted", "2026-03-03T10:00Z"],
    ["d", "contacted", "qualified", "2026-03-04T10:00Z"],
    ["e", "qualified", "proposal", "2026-03-05T10:00Z"],
    ["f", "new", "lost", "2026-03-01T10:00Z"],
    ["f", "lost", "qualified", "2026-03-02T10:00Z"],
  ];
  for (const [c, from, to, at] of moves)
    await sql`insert into public.lead_stage_changes (org_id, lead_id, from_stage, to_stage, created_at)
      values (${ORG}, ${lead(c)}, ${from}, ${to}, ${at})`.execute(db);
  await migrate(opened);
}, 120_000);

afterAll(async () => {
  await opened?.close();
  rmSync(before, { recursive: true, force: true });
});

const day = (v: unknown) => (v ? new Date(v as string).toISOString().slice(0, 10) : null);

describe("migration 0030 on existing leads", () => {
  it("sets first-reached times from history and from the stage each lead arrived in", async () => {
    const { rows } = await sql<Record<string, unknown>>`
      select dedupe_key, first_contacted_at, first_qualified_at, first_proposal_at, first_won_at
      from public.scraped_leads order by dedupe_key`.execute(opened.db);
    expect(
      rows.map((r) => [
        r.dedupe_key,
        day(r.first_contacted_at),
        day(r.first_qualified_at),
        day(r.first_proposal_at),
        day(r.first_won_at),
      ]),
    ).toEqual([
      ["a", null, null, null, null],
      ["b", "2026-01-10", "2026-01-10", "2026-01-10", null],
      ["c", "2026-02-01", "2026-02-01", null, null],
      ["d", "2026-03-01", "2026-03-04", null, null],
      ["e", "2026-02-25", "2026-02-25", "2026-03-05", null],
      ["f", null, "2026-03-02", null, null],
    ]);
  });

  it("starts the rollups from them", async () => {
    const reach = await sql<{ stage: string; reached: number; went_on: number }>`
      select stage, sum(reached)::int as reached, sum(went_on)::int as went_on
      from public.lead_stage_reach_counts where org_id = ${ORG}
      group by stage order by array_position(array['new', 'contacted', 'qualified', 'proposal', 'won'], stage)`.execute(
      opened.db,
    );
    expect(reach.rows).toEqual([
      { stage: "new", reached: 6, went_on: 4 }, // b, c, d, e
      { stage: "contacted", reached: 4, went_on: 4 }, // b, c, d, e
      { stage: "qualified", reached: 5, went_on: 2 }, // b, e
      { stage: "proposal", reached: 2, went_on: 0 },
    ]);
    const sources = await sql<{ month: string; source: string; leads: number }>`
      select to_char(month, 'YYYY-MM-DD') as month, source, leads
      from public.lead_source_monthly_counts where org_id = ${ORG} order by 1, 2`.execute(
      opened.db,
    );
    expect(sources.rows).toEqual([
      { month: "2026-01-01", source: "(no domain)", leads: 1 },
      { month: "2026-01-01", source: "a.test", leads: 2 },
      { month: "2026-02-01", source: "b.test", leads: 3 },
    ]);
  });
});
