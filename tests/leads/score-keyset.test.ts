import { CompiledQuery, sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { asServiceRole, withUser } from "@/lib/db";
import { listLeads } from "@/lib/leads";
import { applyKeyset, applyLeadFilters, sortValueColumn } from "@/lib/leads/lead-filters";
import { createOrganization } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";

// Paging by score as a member, under row-level security: every page in order, unscored leads last,
// and a later page's keyset is an index condition (it bounds the scan), not a filter applied to
// every row from the top of the index.
useTestDb();

let user: TestUser;
let orgId: string;

beforeAll(async () => {
  user = await createUser("score-pages");
  orgId = (await createOrganization(user.claims, { name: "Score Pages Co" })).id;
  // 300 leads: scores 0..99 three times over, every seventh unscored.
  await asServiceRole((tx) =>
    sql`insert into public.scraped_leads (org_id, dedupe_key, name, score)
        select ${orgId}::uuid, 'k' || i, 'Lead ' || i, case when i % 7 = 0 then null else i % 100 end
        from generate_series(1, 300) as i`.execute(tx),
  );
  // With statistics, as a live table has them, so the plan is the one a real organization gets.
  await asServiceRole((tx) => sql`analyze public.scraped_leads`.execute(tx));
});

describe("sort by score", () => {
  it("pages through every lead once, highest first, unscored last", async () => {
    const scores: (number | null)[] = [];
    const ids = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await listLeads(user.claims, orgId, {
        sort: "-score",
        limit: 40,
        ...(cursor ? { cursor } : {}),
      });
      for (const lead of page.data) {
        ids.add(lead.id);
        scores.push(lead.score);
      }
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    expect(ids.size).toBe(300);
    const key = (s: number | null) => s ?? -1;
    expect(scores.map(key)).toEqual([...scores].map(key).sort((a, b) => b - a));
    expect(scores.slice(-42).every((s) => s === null)).toBe(true);
  });

  it("bounds the index scan with a later page's keyset, as a member under RLS", async () => {
    const plan = await withUser(user.claims, async (tx) => {
      // Index paths only, so the plan shows where the keyset condition went, whatever the row count.
      await sql`set local enable_seqscan = off`.execute(tx);
      await sql`set local enable_bitmapscan = off`.execute(tx);
      const page = applyKeyset(
        applyLeadFilters(
          tx.selectFrom("scraped_leads").select(["id", sortValueColumn("-score")]),
          orgId,
          {},
        ),
        "-score",
        { sort_value: 50, id: "ffffffff-ffff-4fff-bfff-ffffffffffff" },
      ).limit(41);
      const { sql: text, parameters } = page.compile();
      const { rows } = await tx.executeQuery<{ "QUERY PLAN": string }>(
        CompiledQuery.raw(`explain (format text, costs off) ${text}`, [...parameters]),
      );
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
    expect(plan).toMatch(/Index (Only )?Scan using scraped_leads_org_sort_score/);
    expect(plan).toMatch(/Index Cond: .*ROW\(sort_score, id\) < ROW\(/);
    expect(plan).not.toMatch(/Filter: .*ROW\(/);
  });
});
