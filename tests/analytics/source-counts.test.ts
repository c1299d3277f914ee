import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { topSources, type DateRange } from "@/lib/analytics";
import { asServiceRole, withUser, type JwtClaims } from "@/lib/db";
import { useTestDb } from "../helpers/db";
import { createOrg } from "../pipeline/world";

useTestDb();

// Top sources from lead_source_monthly_counts (migration 0030) plus the leads at the range's ends:
// the rollup stays equal to a recount whatever writes the leads, and the chart equals a plain
// count of the range's leads by domain for ranges cut anywhere in a month.

let orgId: string;
let claims: JwtClaims;
let other: { orgId: string; claims: JwtClaims };

// Leads on both sides of month edges (UTC), some sources spanning months, one without a domain.
const LEADS: [string, string | null][] = [
  ["2026-01-30T10:00:00Z", "a.test"],
  ["2026-01-31T23:59:59Z", "b.test"],
  ["2026-02-01T00:00:00Z", "a.test"],
  ["2026-02-01T08:00:00Z", "c.test"],
  ["2026-02-14T12:00:00Z", "b.test"],
  ["2026-02-15T12:00:00Z", "b.test"],
  ["2026-02-27T12:00:00Z", null],
  ["2026-02-28T23:59:59.999Z", "c.test"],
  ["2026-03-01T00:00:00Z", "c.test"],
  ["2026-03-02T09:00:00Z", "a.test"],
  ["2026-03-20T09:00:00Z", "d.test"],
  ["2026-04-01T09:00:00Z", "a.test"],
];

async function insert(org: string, rows: [string, string | null][], tag: string) {
  await asServiceRole((tx) =>
    tx
      .insertInto("scraped_leads")
      .values(
        rows.map(([at, domain], i) => ({
          org_id: org,
          dedupe_key: `${tag}-${i}`,
          domain,
          created_at: new Date(at),
        })),
      )
      .execute(),
  );
}

interface Row {
  month: string;
  source: string;
  leads: number;
}

/** The rollup's non-zero rows and a recount from the leads, both sorted. */
async function rollupAndRecount(org: string): Promise<[Row[], Row[]]> {
  return asServiceRole(async (tx) => {
    const rollup = await sql<Row>`
      select to_char(month, 'YYYY-MM-DD') as month, source, leads
      from public.lead_source_monthly_counts where org_id = ${org} and leads <> 0
      order by month, source collate "C"`.execute(tx);
    const recount = await sql<Row>`
      select to_char(date_trunc('month', created_at at time zone 'UTC'), 'YYYY-MM-DD') as month,
             coalesce(domain, '(no domain)') as source, count(*)::int as leads
      from public.scraped_leads where org_id = ${org} group by 1, 2
      order by 1, coalesce(domain, '(no domain)') collate "C"`.execute(tx);
    return [rollup.rows, recount.rows];
  });
}

/** The chart as it was computed before 0030: every lead of the range, counted by domain. */
async function plainCount(org: string, range: DateRange) {
  return withUser(claims, async (tx) => {
    const { rows } = await sql<{ source: string; leads: number }>`
      select coalesce(domain, '(no domain)') as source, count(*)::int as leads
      from public.scraped_leads
      where org_id = ${org} and created_at >= ${`${range.from}T00:00:00Z`}::timestamptz
        and created_at < (${range.to}::date + 1)::timestamp at time zone 'UTC'
      group by 1 order by 2 desc, coalesce(domain, '(no domain)') collate "C" limit 10`.execute(tx);
    return rows;
  });
}

const range = (from: string, to: string): DateRange => ({ preset: "custom", from, to });

beforeAll(async () => {
  ({ orgId, claims } = await createOrg(0));
  other = await createOrg(0);
  await insert(orgId, LEADS, "s");
  // Another organization's leads on the same days and domains: never counted for the first.
  await insert(other.orgId, LEADS.slice(0, 6), "o");
});

describe("top sources from the monthly rollup", () => {
  it("equals a plain count of the range's leads for ranges cut anywhere in a month", async () => {
    const days = ["2026-01-30", "2026-01-31", "2026-02-01", "2026-02-14", "2026-02-15"];
    const ends = ["2026-02-15", "2026-02-28", "2026-03-01", "2026-03-19", "2026-04-30"];
    for (const today of ["2026-03-10", "2026-12-01"])
      for (const from of days)
        for (const to of ends) {
          const r = range(from, to);
          expect(await topSources(claims, orgId, r, 10, today), `${from} – ${to}`).toEqual(
            await plainCount(orgId, r),
          );
        }
  });

  it("ranks by leads, ties by name, and groups leads without a domain", async () => {
    expect(await topSources(claims, orgId, range("2026-02-01", "2026-02-28"))).toEqual([
      { source: "b.test", leads: 2 },
      { source: "c.test", leads: 2 },
      { source: "(no domain)", leads: 1 },
      { source: "a.test", leads: 1 },
    ]);
    expect(await topSources(claims, orgId, range("2026-02-01", "2026-02-28"), 2)).toHaveLength(2);
    // A source whose only lead in the month falls outside the range is left out, not listed at 0.
    expect(await topSources(claims, orgId, range("2026-03-02", "2026-03-31"))).toEqual([
      { source: "a.test", leads: 1 },
      { source: "d.test", leads: 1 },
    ]);
  });

  it("never counts another organization's leads, even asked for that organization's id", async () => {
    expect(await topSources(other.claims, orgId, range("2026-01-01", "2026-04-30"))).toEqual([]);
    expect(await topSources(other.claims, other.orgId, range("2026-01-01", "2026-04-30"))).toEqual([
      { source: "b.test", leads: 3 },
      { source: "a.test", leads: 2 },
      { source: "c.test", leads: 1 },
    ]);
  });

  it("keeps the rollup equal to a recount through edits, upserts and deletes", async () => {
    const [before, truth] = await rollupAndRecount(orgId);
    expect(before).toEqual(truth);
    const edit = (key: string, set: Record<string, unknown>) =>
      withUser(claims, (tx) =>
        tx
          .updateTable("scraped_leads")
          .set(set)
          .where("org_id", "=", orgId)
          .where("dedupe_key", "=", key)
          .execute(),
      );
    // A new domain, a move to another month, and edits that move no count.
    await edit("s-0", { domain: "e.test" });
    await edit("s-1", { created_at: new Date("2026-03-15T00:00:00Z") });
    await edit("s-2", { stage: "contacted", status: "hot", notes: "called" });
    await asServiceRole((tx) =>
      sql`insert into public.scraped_leads (org_id, dedupe_key, domain, created_at)
          values (${orgId}, 's-3', 'f.test', '2026-02-01T08:00Z'),
                 (${orgId}, 's-new', null, '2026-03-05T08:00Z')
          on conflict (org_id, dedupe_key) do update set domain = excluded.domain`.execute(tx),
    );
    await withUser(claims, (tx) =>
      tx
        .deleteFrom("scraped_leads")
        .where("org_id", "=", orgId)
        .where("dedupe_key", "in", ["s-4", "s-9"])
        .execute(),
    );
    const [rollup, recount] = await rollupAndRecount(orgId);
    expect(rollup).toEqual(recount);
    expect(rollup).toContainEqual({ month: "2026-01-01", source: "e.test", leads: 1 });
    expect(
      await topSources(claims, orgId, range("2026-03-01", "2026-03-31"), 10, "2026-12-01"),
    ).toEqual(await plainCount(orgId, range("2026-03-01", "2026-03-31")));
  });

  it("lets an organization with leads be deleted (its counters go with it)", async () => {
    await asServiceRole((tx) =>
      tx.deleteFrom("organizations").where("id", "=", other.orgId).execute(),
    );
    expect(await rollupAndRecount(other.orgId)).toEqual([[], []]);
  });
});
