// Seeds the analytics bench: one organization with N leads spread over the last year (plus jobs
// and a credit ledger to match), and a second organization whose rows the queries must skip.
// Set-based inserts (generate_series) as the tables' owner: no rows shipped over the wire.
import { sql, type Kysely } from "kysely";
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

/** `leads` leads, leads / 50 jobs and leads / 2 ledger rows, evenly over the last 365 days. */
async function seedRows(db: Kysely<Database>, orgId: string, leads: number): Promise<void> {
  const step = YEAR_SECONDS / leads;
  for (let start = 0; start < leads; start += BATCH) {
    const end = Math.min(leads, start + BATCH) - 1;
    await sql`insert into public.scraped_leads (org_id, dedupe_key, name, email, domain, score,
                status, stage, created_at)
      select ${orgId}::uuid, 'lead-' || i, 'Person ' || i, 'p' || i || '@company' || (i % 5000) || '.test',
             'company' || (i % 5000) || '.test', i % 101,
             (array['hot', 'warm', 'cold', null])[1 + i % 4],
             (array['new', 'new', 'new', 'contacted', 'contacted', 'qualified', 'proposal', 'won',
                    'lost', 'archived'])[1 + i % 10],
             now() - make_interval(secs => i * ${step}::float8)
      from generate_series(${start}::int, ${end}::int) as i`.execute(db);
  }
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
  await sql`vacuum (analyze) public.scraped_leads, public.scraping_jobs, public.credit_transactions`.execute(
    db,
  );
  return target;
}
