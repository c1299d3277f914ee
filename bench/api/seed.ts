import { sql } from "kysely";
import { createApiKey } from "@/lib/api-keys";
import { asServiceRole, getDb, withUser } from "@/lib/db";

/** One organization on a paid plan, a read key, and `n` leads inserted 5,000 a statement. */
export async function seedBenchOrg(n: number): Promise<{ orgId: string; key: string }> {
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const user = await asServiceRole((tx) =>
    tx
      .insertInto("auth.users")
      .values({ email: `bench-${tag}@example.test`, email_confirmed_at: new Date() })
      .returning("id")
      .executeTakeFirstOrThrow(),
  );
  const claims = { sub: user.id, role: "authenticated" as const };
  const orgId = await withUser(claims, async (tx) => {
    const { rows } = await sql<{
      id: string;
    }>`select id from public.create_organization(${"Bench Co"}, ${`bench-${tag}`})`.execute(tx);
    return rows[0]!.id;
  });
  await asServiceRole((tx) =>
    tx.updateTable("subscriptions").set({ plan: "pro" }).where("org_id", "=", orgId).execute(),
  );
  const { key } = await createApiKey(claims, { orgId, name: "bench", scopes: ["read"] });
  // generate_series in the database: 100k rows without shipping them over the wire.
  for (let start = 0; start < n; start += 5000) {
    const end = Math.min(n, start + 5000) - 1;
    await asServiceRole((tx) =>
      sql`insert into public.scraped_leads (org_id, dedupe_key, name, company, email, phone, domain, score, status, created_at)
          select ${orgId}::uuid, 'bench-' || i, 'Person ' || i, 'Company ' || (i % 997),
                 'person' || i || '@company' || (i % 997) || '.test',
                 case when i % 2 = 0 then '+1 555 ' || lpad((i % 10000)::text, 4, '0') end,
                 'company' || (i % 997) || '.test', i % 101,
                 (array['hot','warm','cold'])[1 + i % 3],
                 now() - (i || ' seconds')::interval
          from generate_series(${start}::int, ${end}::int) as i`.execute(tx),
    );
  }
  // Vacuumed and analyzed now (outside a transaction, as vacuum must be), so autovacuum does not
  // wake up for the 100k fresh rows in the middle of a measurement.
  await sql`vacuum (analyze) public.scraped_leads`.execute(await getDb());
  return { orgId, key };
}
