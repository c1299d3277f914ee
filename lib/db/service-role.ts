import { sql } from "kysely";
import { getDb } from "./client";
import type { ApiScope } from "./types";
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

export interface ApiKeyRow {
  key_id: string;
  org_id: string;
  scopes: ApiScope[];
  created_by: string | null;
}

/**
 * The one privileged read a request handler makes, before it knows who the caller is: the API key
 * row for a key hash, through public.authenticate_api_key (security definer, executable by the
 * service role and the migration owner only), which refuses revoked and expired keys and writes
 * last_used_at at most once a minute. One statement on the pool, no transaction around it: the
 * check costs one round trip instead of four. Undefined when no live key has that hash.
 */
export async function authenticateApiKey(keyHash: string): Promise<ApiKeyRow | undefined> {
  const db = await getDb();
  const { rows } = await sql<ApiKeyRow>`select key_id, org_id, scopes, created_by
    from public.authenticate_api_key(${keyHash})`.execute(db);
  return rows[0];
}
