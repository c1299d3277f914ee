// Seeds the analytics bench: one organization with N leads spread over the last year (plus jobs
// and a credit ledger to match), and a second organization whose rows the queries must skip.
// Set-based inserts (generate_series) as the tables' owner: no rows shipped over the wire.
import { sql, type Kysely, type RawBuilder } from "kysely";
import { asServiceRole, withUser, type Database, type JwtClaims } from "@/lib/db";

export interface SeededOrg {
  orgId: string;
  claims: JwtClaims;
}

const BATCH = 100_000;
const YEAR_SECONDS = 365 * 86_400;

async function createMemberOrg(tag: string): Promise<SeededOrg> {
  const user = await asServiceRole((tx) =>
    tx
      .insertInto("auth.users")
      .values({ email: `analytics-${tag}@example.test`, email_confirmed_at: new Date() })
      .returning("id")
      .executeTakeFirstOrThrow(),
  );
  const claims: JwtClaims = { sub: user.id, role: "authenticated" };
  const orgId = await withUser(claims, async (tx) => {
    const { rows } = await sql<{
      id: string;
    }>`select id from public.create_organization(${`Analytics ${tag}`}, ${`analytics-${tag}`})`.execute(
      tx,
    );
    return rows[0]!.id;
  });
  return { orgId, claims };
}

/**
 * `leads` leads evenly over the last 365 days, each with the stage history that brought it to its
 * stage (contacted a day after it was found, qualified after 3, proposal after 7, won after 14;
 * lost from contacted after 2; archived from new after 1; a tenth of the won leads reopened and won
 * again), its first-reached times matching; then leads / 50 jobs and leads / 2 ledger rows.
 */
async function seedRows(db: Kysely<Database>, orgId: string, leads: number): Promise<void> {
  const step = YEAR_SECONDS / leads;
  for (let start = 0; start < leads; start += BATCH) {
    const end = Math.min(leads, start + BATCH) - 1;
    await sql`insert into public.scraped_leads (org_id, dedupe_key, name, email, domain, score,
                status, stage, created_at, first_contacted_at, first_qualified_at,
                first_proposal_at, first_won_at)
      select ${orgId}::uuid, 'lead-' || i, 'Person ' || i, 'p' || i || '@company' || (i % 5000) || '.test',
             'company' || (i % 5000) || '.test', i % 101,
             (array['hot', 'warm', 'cold', null])[1 + i % 4], stage, at,
             case when stage in ('contacted', 'qualified', 'proposal', 'won', 'lost')
                  then least(at + interval '1 day', now()) end,
             case when stage in ('qualified', 'proposal', 'won') then least(at + interval '3 days', now()) end,
             case when stage in ('proposal', 'won') then least(at + interval '7 days', now()) end,
             case when stage = 'won' then least(at + interval '14 days', now()) end
      from generate_series(${start}::int, ${end}::int) as i,
           lateral (select (array['new', 'new', 'new', 'contacted', 'contacted', 'qualified', 'proposal',
                                  'won', 'lost', 'archived'])[1 + i % 10] as stage,
                           now() - make_interval(secs => i * ${step}::float8) as at) s`.execute(db);
  }
  // The history behind those stages, one statement per kind of move.
  const reopened = sql`stage = 'won' and dedupe_key like '%17'`; // i % 100 = 17: a tenth of them
  const after = (days: number) => sql`least(created_at + make_interval(days => ${days}), now())`;
  const moves: [string, string, RawBuilder<unknown>, RawBuilder<unknown>][] = [
    ["new", "contacted", sql`first_contacted_at`, sql`first_contacted_at is not null`],
    ["contacted", "qualified", sql`first_qualified_at`, sql`first_qualified_at is not null`],
    ["qualified", "proposal", sql`first_proposal_at`, sql`first_proposal_at is not null`],
    ["proposal", "won", sql`first_won_at`, sql`first_won_at is not null`],
    ["contacted", "lost", after(2), sql`stage = 'lost'`],
    ["new", "archived", after(1), sql`stage = 'archived'`],
    ["won", "qualified", after(20), reopened],
    ["qualified", "proposal", after(21), reopened],
    ["proposal", "won", after(22), reopened],
  ];
  for (const [from, to, at, where] of moves)
    await sql`insert into public.lead_stage_changes (org_id, lead_id, from_stage, to_stage, created_at)
      select org_id, id, ${from}, ${to}, ${at} from public.scraped_leads
      where org_id = ${orgId}::uuid and ${where}`.execute(db);
  const jobs = Math.max(1, Math.floor(leads / 50));
  await sql`insert into public.scraping_jobs (org_id, type, status, created_at)
    select ${orgId}::uuid, 'single',
           (array['completed', 'completed', 'completed', 'failed', 'cancelled'])[1 + i % 5],
           now() - make_interval(secs => i * ${YEAR_SECONDS / jobs}::float8)
    from generate_series(0, ${jobs - 1}::int) as i`.execute(db);
  const ledger = Math.floor(leads / 2);
  for (let start = 0; start < ledger; start += BATCH) {
    const end = Math.min(ledger, start + BATCH) - 1;
    // A job's life in the ledger: a hold, charges, a release; charges are about half the rows.
    await sql`insert into public.credit_transactions (org_id, kind, amount, balance_after,
                idempotency_key, created_at)
      select ${orgId}::uuid, (array['reserve', 'charge', 'charge', 'release'])[1 + i % 4],
             case when i % 4 = 3 then 5 else -1 - i % 3 end, 1000, 'bench-' || i,
             now() - make_interval(secs => i * ${YEAR_SECONDS / Math.max(1, ledger)}::float8)
      from generate_series(${start}::int, ${end}::int) as i`.execute(db);
  }
}

/** The measured organization and an other one, seeded and vacuumed (as autovacuum would). */
export async function seedAnalytics(
  db: Kysely<Database>,
  leads: number,
  otherLeads: number,
): Promise<SeededOrg> {
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const target = await createMemberOrg(`${tag}-a`);
  const other = await createMemberOrg(`${tag}-b`);
  await seedRows(db, target.orgId, leads);
  await seedRows(db, other.orgId, otherLeads);
  await sql`vacuum (analyze) public.scraped_leads, public.lead_stage_changes, public.scraping_jobs,
    public.credit_transactions`.execute(db);
  return target;
}
