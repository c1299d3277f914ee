import { sql, type Transaction } from "kysely";
import { getDb } from "./client";
import type { Database } from "./types";

export type Tx = Transaction<Database>;

/** The JWT claims Supabase puts in `request.jwt.claims`; local auth issues the same shape. */
export interface JwtClaims {
  sub: string;
  role: "authenticated";
  email?: string;
  aud?: string;
  exp?: number;
  iat?: number;
  session_id?: string;
  [key: string]: unknown;
}

/**
 * Runs `fn` in one transaction as the signed-in user: role `authenticated`, their JWT claims, and
 * therefore every RLS policy. This is the only way request code reaches the database.
 */
export async function withUser<T>(claims: JwtClaims, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction().execute(async (tx) => {
    await sql`select set_config('role', 'authenticated', true),
                     set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`.execute(tx);
    return fn(tx);
  });
}

/** Runs `fn` as `anon` (no user): only what policies grant to the public. */
export async function withAnon<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction().execute(async (tx) => {
    await sql`select set_config('role', 'anon', true),
                     set_config('request.jwt.claims', '{"role":"anon"}', true)`.execute(tx);
    return fn(tx);
  });
}
