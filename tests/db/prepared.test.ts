import pg from "pg";
import { Kysely, PostgresDialect, sql, type RawBuilder } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageLimit } from "@/lib/api/cursor";
import { deferringPool } from "@/lib/db/deferred-setup";
import { PreparedStatements } from "@/lib/db/prepared";
import type { Database } from "@/lib/db";

// Statements run as named prepared statements on Postgres: parsed and planned once per
// connection, the oldest deallocated past a cap. Callers must see the same results and errors as
// with unnamed statements. Only real Postgres has a pg pool; on PGlite there is nothing to test.
const url = process.env.DATABASE_URL;

const prepared = async (db: Kysely<Database>) =>
  (
    await sql<{
      name: string;
      statement: string;
    }>`select name, statement from pg_prepared_statements where name like 'ls\\_%'`.execute(db)
  ).rows;

describe.skipIf(!url)("prepared statements (Postgres)", () => {
  let pool: pg.Pool;
  let db: Kysely<Database>;

  beforeAll(() => {
    // One connection, so every statement below shares a session and its prepared statements.
    pool = new pg.Pool({ connectionString: url, max: 1, pipeline: true });
    db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: deferringPool(pool, { prepare: true }) }),
    });
  });
  afterAll(async () => {
    await db.destroy();
  });

  it("prepares a statement once and reuses it with new parameters", async () => {
    const add = (a: number, b: number) =>
      sql<{ sum: number }>`select ${a}::int + ${b}::int as sum`.execute(db);
    expect((await add(1, 2)).rows[0]!.sum).toBe(3);
    expect((await add(40, 2)).rows[0]!.sum).toBe(42);
    const named = (await prepared(db)).filter((p) => p.statement.includes("::int + $2::int"));
    expect(named).toHaveLength(1);
  });

  it("keeps transactions, their set-up and their errors as they were", async () => {
    const claims = JSON.stringify({ sub: "00000000-0000-0000-0000-000000000009" });
    for (let i = 0; i < 3; i++) {
      const r = await db.transaction().execute(async (tx) => {
        await sql`select set_config('role', 'authenticated', true),
                         set_config('request.jwt.claims', ${claims}, true)`.execute(tx);
        return sql<{ role: string; sub: string }>`select current_user as role,
          auth.uid()::text as sub`.execute(tx);
      });
      expect(r.rows[0]).toEqual({
        role: "authenticated",
        sub: "00000000-0000-0000-0000-000000000009",
      });
    }
    // A failing statement fails the same way every time, and the connection stays usable.
    for (let i = 0; i < 2; i++)
      await expect(
        db.transaction().execute((tx) => sql`select 1 / ${0}::int`.execute(tx)),
      ).rejects.toThrow(/division by zero/);
    expect((await sql<{ n: number }>`select ${5}::int as n`.execute(db)).rows[0]!.n).toBe(5);
  });

  it("re-plans a prepared statement after the table under it changes", async () => {
    await sql`create temporary table prepared_probe (a int)`.execute(db);
    await sql`insert into prepared_probe values (1)`.execute(db);
    const read = () => sql<{ a: number }>`select a from prepared_probe where a >= ${0}`.execute(db);
    expect((await read()).rows).toEqual([{ a: 1 }]);
    await sql`drop table prepared_probe`.execute(db);
    await sql`create temporary table prepared_probe (a int)`.execute(db);
    await sql`insert into prepared_probe values (7)`.execute(db);
    expect((await read()).rows).toEqual([{ a: 7 }]);
    await sql`drop table prepared_probe`.execute(db);
  });

  it("settles a keyset page on its generic plan when the limit is a literal (pageLimit)", async () => {
    await sql`create temporary table page_probe as
      select 1 as org, i as at from generate_series(1, 50000) as i`.execute(db);
    await sql`create index on page_probe (org, at desc)`.execute(db);
    await sql`analyze page_probe`.execute(db);
    const page = (limit: RawBuilder<number> | number) =>
      db
        .selectFrom("page_probe" as never)
        .select(sql<number>`at`.as("at"))
        .where(sql<boolean>`org = ${1}`)
        .orderBy(sql`at`, "desc")
        .limit(limit)
        .execute();
    const plans = async (fragment: string) =>
      (
        await sql<{ generic_plans: number; custom_plans: number }>`
          select generic_plans::int, custom_plans::int from pg_prepared_statements
          where statement like ${`%${fragment}`}`.execute(db)
      ).rows[0]!;
    for (let i = 0; i < 8; i++) {
      expect(await page(pageLimit(50))).toHaveLength(51);
      expect(await page(51)).toHaveLength(51);
    }
    // Bound, the LIMIT is priced as unknown (10,000 rows) and every execution is planned afresh.
    expect(await plans("limit $2")).toMatchObject({ generic_plans: 0, custom_plans: 8 });
    expect((await plans("limit 51")).generic_plans).toBeGreaterThan(0);
    await sql`drop table page_probe`.execute(db);
  });
});

describe.skipIf(!url)("prepared statements past the cap (Postgres)", () => {
  let client: pg.Client;
  afterAll(async () => {
    await client?.end();
  });

  it("deallocates the least recently used and prepares a returning text afresh", async () => {
    client = new pg.Client({ connectionString: url });
    await client.connect();
    const statements = new PreparedStatements(client as unknown as pg.PoolClient, 3);
    const run = async (n: number) =>
      (await client.query(statements.config(`select $1::int + ${n} as v`, [1]))).rows[0].v;
    for (const n of [1, 2, 3]) expect(await run(n)).toBe(1 + n);
    expect(await run(1)).toBe(2); // 1 is now the most recent; 2 is the oldest
    expect(await run(4)).toBe(5); // evicts 2
    expect(await run(2)).toBe(3); // back under a new name, evicting 3
    const { rows } = await client.query<{ statement: string }>(
      "select statement from pg_prepared_statements order by prepare_time",
    );
    expect(rows.map((r) => r.statement)).toEqual([
      "select $1::int + 1 as v",
      "select $1::int + 4 as v",
      "select $1::int + 2 as v",
    ]);
  });
});
