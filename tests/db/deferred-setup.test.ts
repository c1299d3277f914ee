import pg from "pg";
import { Kysely, PostgresDialect, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deferringPool } from "@/lib/db/deferred-setup";
import type { Database } from "@/lib/db";

// The set-up a transaction does before its first query (begin, role and claims) travels with that
// query on Postgres. What a caller sees must not change: same results, same errors, same
// isolation. Only real Postgres has a pg pool; on PGlite there is nothing to test.
const url = process.env.DATABASE_URL;

describe.skipIf(!url)("deferred transaction set-up (Postgres)", () => {
  let pool: pg.Pool;
  let db: Kysely<Database>;
  let statements: string[];

  beforeAll(() => {
    pool = new pg.Pool({ connectionString: url, max: 2, pipeline: true });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: deferringPool(pool) }) });
    const query = pg.Client.prototype.query;
    statements = [];
    // Count what reaches the wire, to see the set-up travel with the first query.
    pool.on("connect", (client) => {
      (client as unknown as { query: typeof query }).query = function (
        this: pg.Client,
        ...args: Parameters<typeof query>
      ) {
        statements.push(String(args[0]).replace(/\s+/g, " ").slice(0, 40));
        return (query as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof query;
    });
  });
  afterAll(async () => {
    await db.destroy();
  });

  const asAuthenticated = <T>(claims: object, fn: (tx: typeof db) => Promise<T>) =>
    db.transaction().execute(async (tx) => {
      await sql`select set_config('role', 'authenticated', true),
                       set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`.execute(
        tx,
      );
      return fn(tx as unknown as typeof db);
    });

  it("runs the first query with the role and claims it was given", async () => {
    const r = await asAuthenticated({ sub: "00000000-0000-0000-0000-000000000001" }, (tx) =>
      sql<{
        role: string;
        sub: string;
        in_tx: boolean;
      }>`select current_user as role, auth.uid()::text as sub,
             now() = statement_timestamp() as in_tx`.execute(tx),
    );
    expect(r.rows[0]).toMatchObject({
      role: "authenticated",
      sub: "00000000-0000-0000-0000-000000000001",
    });
    // now() is the transaction's start: a later statement in the same transaction differs.
    expect(r.rows[0]!.in_tx).toBe(false);
  });

  it("an empty transaction sends nothing, and leaves no role behind", async () => {
    statements.length = 0;
    await asAuthenticated({ sub: "00000000-0000-0000-0000-000000000002" }, async () => 1);
    expect(statements).toEqual([]);
    const r = await sql<{ role: string }>`select current_user as role`.execute(db);
    expect(r.rows[0]!.role).not.toBe("authenticated");
  });

  it("a failing first query fails the transaction, which rolls back; the pool stays usable", async () => {
    await expect(
      asAuthenticated({ sub: "00000000-0000-0000-0000-000000000003" }, (tx) =>
        sql`select no_such_column from public.api_keys`.execute(tx),
      ),
    ).rejects.toThrow(/no_such_column/);
    for (let i = 0; i < 3; i++) {
      const r = await sql<{ role: string }>`select current_user as role`.execute(db);
      expect(r.rows[0]!.role).not.toBe("authenticated");
    }
  });

  it("statements that are not the known set-up are sent as they come, errors and all", async () => {
    await expect(
      db.transaction().execute(async (tx) => {
        await sql`select set_config('role', 'no_such_role', true)`.execute(tx);
      }),
    ).rejects.toThrow(/no_such_role/);
    await expect(
      asAuthenticated({ sub: "not a uuid" }, (tx) => sql`select auth.uid()`.execute(tx)),
    ).rejects.toThrow(/uuid/i);
  });

  it("holds begin and the set-up back until the first query, then sends them with it", async () => {
    statements.length = 0;
    await db.transaction().execute(async (tx) => {
      await sql`select set_config('role', 'authenticated', true),
                       set_config('request.jwt.claims', ${"{}"}, true)`.execute(tx);
      expect(statements).toEqual([]);
      await sql`select 1`.execute(tx);
      expect(statements.map((s) => s.split(" ")[0]!.toLowerCase())).toEqual([
        "begin",
        "select",
        "select",
      ]);
    });
    expect(statements.at(-1)).toBe("commit");
  });
});
