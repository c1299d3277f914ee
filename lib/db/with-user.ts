import { sql, type Compilable, type RawBuilder, type Transaction } from "kysely";
import { AppError } from "@/lib/errors";
import { getDb, openedDb } from "./client";
import type { ApiScope, Database } from "./types";

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

/** The key behind an API request's claims, which its transactions check before anything else. */
export interface ApiKeySession {
  keyHash: string;
  /** The scope the endpoint needs: a key that lost it since it was cached is refused. */
  scope: ApiScope;
  /** Set once a transaction has checked the key and committed. */
  verified: boolean;
}

const apiKeySessions = new WeakMap<JwtClaims, ApiKeySession>();

/**
 * Claims for a request made with an API key (acting as the key's creator). A transaction run
 * with them opens by checking the key in the database (public.api_key_session), which also sets
 * the claims, so a key revoked a moment ago fails there, in the same round trip as the first
 * query.
 */
export function apiKeyClaims(
  sub: string,
  key: Omit<ApiKeySession, "verified">,
  verified = false,
): { claims: JwtClaims; session: ApiKeySession } {
  const claims: JwtClaims = { sub, role: "authenticated" };
  const session = { ...key, verified };
  apiKeySessions.set(claims, session);
  return { claims, session };
}

/** The errors public.api_key_session raises, as the API answers them. */
function keyRefusal(err: unknown): AppError | undefined {
  const { code, message } = (err ?? {}) as { code?: string; message?: string };
  if (code === "LS401")
    return new AppError("invalid_api_key", "The API key is invalid, revoked or expired", {
      cause: err,
    });
  if (code === "LS403") return new AppError("insufficient_scope", String(message), { cause: err });
  return undefined;
}

/**
 * Runs a transaction opened with `sessionSetup`: once it commits, an API key's session counts as
 * checked; a key the set-up refused becomes the API's 401 or 403.
 */
async function inKeySession<T>(key: ApiKeySession | undefined, run: () => Promise<T>): Promise<T> {
  try {
    const out = await run();
    if (key) key.verified = true;
    return out;
  } catch (err) {
    throw (key && keyRefusal(err)) || err;
  }
}

/** The statement that opens a user's transaction: their role and claims, or an API key's. */
function sessionSetup(claims: JwtClaims, key: ApiKeySession | undefined): RawBuilder<unknown> {
  // For a key, the function runs first (FROM before the select list), as the connecting role.
  return key
    ? sql`select set_config('role', 'authenticated', true)
          from public.api_key_session(${key.keyHash}, ${key.scope})`
    : sql`select set_config('role', 'authenticated', true),
                 set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`;
}

/**
 * Runs `fn` in one transaction as the signed-in user: role `authenticated`, their JWT claims, and
 * therefore every RLS policy. This is the only way request code reaches the database.
 */
export async function withUser<T>(claims: JwtClaims, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  const key = apiKeySessions.get(claims);
  return inKeySession(key, () =>
    db.transaction().execute(async (tx) => {
      await sessionSetup(claims, key).execute(tx);
      return fn(tx);
    }),
  );
}

/**
 * withUser for a single read: its transaction (begin, set-up, the query, commit) is written to
 * Postgres at once and answered in one round trip. The query is a Kysely builder not yet run.
 */
export async function readAsUser<R>(claims: JwtClaims, query: Compilable<R>): Promise<R[]> {
  const opened = await openedDb();
  if (!opened.pipeline)
    return withUser(claims, async (tx) => (await tx.executeQuery(query.compile())).rows);
  const { pipeline } = opened;
  const key = apiKeySessions.get(claims);
  const setup = sessionSetup(claims, key).compile(opened.db);
  const read = query.compile();
  const results = await inKeySession(key, () =>
    pipeline([{ sql: "begin", parameters: [] }, setup, read, { sql: "commit", parameters: [] }]),
  );
  return results[2]!.rows as R[];
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
