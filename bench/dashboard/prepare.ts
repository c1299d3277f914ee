// Seeds a database for the dashboard bench before the app starts: an organization with N leads
// (set-based inserts through the service role, see bench/api/seed.ts), and a person with a
// password who is its admin, so the browser can sign in like anyone else. Also prints the plans
// of the leads page's queries, run as that person (RLS included), so a slow page can be explained.
import { sql } from "kysely";
import { createLocalUser } from "@/lib/auth";
import {
  asServiceRole,
  closeDb,
  migrate,
  openDb,
  setDb,
  withUser,
  type OpenOptions,
} from "@/lib/db";
import {
  applyKeyset,
  applyLeadFilters,
  narrowSearch,
  sortValueColumn,
} from "@/lib/leads/lead-filters";
import type { LeadFilters, LeadSort } from "@/lib/leads/lead-query-schemas";
import { LEAD_LIST_COLUMNS } from "@/lib/leads/lead-view";
import { seedBenchOrg } from "../api/seed";

export const BENCH_PASSWORD = "correct horse battery staple";

export interface Prepared {
  email: string;
  orgId: string;
  seedSeconds: number;
}

/** The leads page's query variants the bench exercises in the browser. */
export const QUERY_VARIANTS: { label: string; sort: LeadSort; filters: LeadFilters }[] = [
  { label: "first page (newest)", sort: "-created_at", filters: {} },
  { label: "status = hot", sort: "-created_at", filters: { status: "hot" } },
  { label: "search 'company 42'", sort: "-created_at", filters: { q: "company 42" } },
  { label: "search 'person' (every lead)", sort: "-created_at", filters: { q: "person" } },
  { label: "sort by score", sort: "-score", filters: {} },
  {
    label: "score 90–100, has phone",
    sort: "-created_at",
    filters: { min_score: 90, max_score: 100, has_phone: true },
  },
];

export async function prepareDatabase(
  label: string,
  open: OpenOptions,
  leads: number,
): Promise<Prepared> {
  const opened = await openDb(open);
  setDb(opened);
  try {
    await migrate(opened);
    const t0 = performance.now();
    const { orgId } = await seedBenchOrg(leads);
    const seedSeconds = (performance.now() - t0) / 1000;
    // As the table's owner: the seed's own ANALYZE runs as service_role, which Postgres skips.
    // Autovacuum would do this in production a minute after a bulk insert.
    await sql`analyze public.scraped_leads`.execute(opened.db);
    const email = `dash-${process.pid}-${Date.now().toString(36)}@example.test`;
    const user = await createLocalUser({
      email,
      password: BENCH_PASSWORD,
      fullName: "Bench Admin",
    });
    await asServiceRole((tx) =>
      tx
        .insertInto("team_members")
        .values({ org_id: orgId, user_id: user.id, role: "admin" })
        .execute(),
    );
    await explainVariants(label, user.id, orgId);
    return { email, orgId, seedSeconds };
  } finally {
    await closeDb();
  }
}

/** EXPLAIN ANALYZE of each variant, as the signed-in admin: execution time and the plan's top. */
async function explainVariants(label: string, userId: string, orgId: string): Promise<void> {
  const claims = { sub: userId, role: "authenticated" as const };
  for (const v of QUERY_VARIANTS) {
    const lines = await withUser(claims, async (tx) => {
      let q = tx
        .selectFrom("scraped_leads")
        .select([...LEAD_LIST_COLUMNS, sortValueColumn(v.sort)]);
      q = applyLeadFilters(q, orgId, v.filters, await narrowSearch(tx, orgId, v.filters.q));
      const rows = await applyKeyset(q, v.sort, undefined)
        .limit(51)
        .explain("text", sql`analyze, buffers`);
      return rows.map((r) => String(Object.values(r)[0]));
    });
    const exec = lines.find((l) => l.startsWith("Execution Time")) ?? "";
    console.log(`[${label}] query plan: ${v.label.padEnd(28)} ${exec}`);
    if (process.env.BENCH_PLANS) for (const l of lines) console.log(`          ${l}`);
  }
}
