import { sql } from "kysely";
import { getDb } from "./client";
import type { Tx } from "./with-user";

/**
 * The one path past row-level security. Only workers (job steps, webhook delivery), auth itself
 * (creating users, checking passwords) and operator tools may call it — never a request handler
 * on behalf of a user. Grep for it when reviewing a change.
 */
export async function asServiceRole<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction().execute(async (tx) => {
    await sql`select set_config('role', 'service_role', true),
                     set_config('request.jwt.claims', '{"role":"service_role"}', true)`.execute(tx);
    return fn(tx);
  });
}
