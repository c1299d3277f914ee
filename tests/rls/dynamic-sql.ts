import { sql, type RawBuilder } from "kysely";
import type { Tx } from "@/lib/db";

// The matrix walks tables by name, so these build plain SQL with identifiers quoted by Kysely and
// every value bound as a parameter. Counts come from RETURNING, which both drivers report alike.

function conditions(where: Record<string, unknown>): RawBuilder<unknown> {
  return sql.join(
    Object.entries(where).map(([k, v]) => sql`${sql.ref(k)} = ${v}`),
    sql` and `,
  );
}

export async function selectCount(
  tx: Tx,
  table: string,
  where: Record<string, unknown>,
): Promise<number> {
  const res = await sql<{
    n: number;
  }>`select count(*)::int as n from ${sql.table(table)} where ${conditions(where)}`.execute(tx);
  return res.rows[0]!.n;
}

/** Distinct values of `column` among the rows the caller can see. */
export async function visibleValues(tx: Tx, table: string, column: string): Promise<string[]> {
  const res = await sql<{
    v: string;
  }>`select distinct ${sql.ref(column)}::text as v from ${sql.table(table)}`.execute(tx);
  return res.rows.map((r) => r.v);
}

export async function updateWhere(
  tx: Tx,
  table: string,
  where: Record<string, unknown>,
  set: Record<string, unknown>,
): Promise<number> {
  const sets = sql.join(Object.entries(set).map(([k, v]) => sql`${sql.ref(k)} = ${v}`));
  const res =
    await sql`update ${sql.table(table)} set ${sets} where ${conditions(where)} returning 1 as one`.execute(
      tx,
    );
  return res.rows.length;
}

export async function deleteWhere(
  tx: Tx,
  table: string,
  where: Record<string, unknown>,
): Promise<number> {
  const res =
    await sql`delete from ${sql.table(table)} where ${conditions(where)} returning 1 as one`.execute(
      tx,
    );
  return res.rows.length;
}

export async function insertRow(
  tx: Tx,
  table: string,
  row: Record<string, unknown>,
): Promise<void> {
  const cols = sql.join(Object.keys(row).map((k) => sql.ref(k)));
  const vals = sql.join(Object.values(row).map((v) => sql`${v}`));
  await sql`insert into ${sql.table(table)} (${cols}) values (${vals})`.execute(tx);
}
