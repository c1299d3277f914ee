import { Kysely, PostgresDialect } from "kysely";
import { deferringPool, type DeferringPool } from "./deferred-setup";
import type { Database } from "./types";

// One Kysely instance per process, kept on globalThis so Next's dev reloads reuse it. It holds no
// user context: every request sets its role and claims inside its own transaction (see with-user).
export type Db = Kysely<Database>;
export type DbEngine = "postgres" | "pglite";

/** Runs multi-statement SQL (migrations) in one transaction; Kysely's query path cannot. */
export interface ScriptRunner {
  transaction<T>(fn: (q: ScriptTx) => Promise<T>): Promise<T>;
}
export interface ScriptTx {
  exec(sqlText: string): Promise<void>;
  query<R>(sqlText: string, params?: unknown[]): Promise<R[]>;
}

export interface OpenedDb {
  db: Db;
  engine: DbEngine;
  /** For PGlite: opened in this process, or reached over the app's loopback socket. */
  via?: "direct" | "socket";
  script: ScriptRunner;
  close: () => Promise<void>;
  /** PGlite opened in this process: its whole data directory as a tarball (test templates). */
  dump?: () => Promise<Blob>;
  /** Over a pg pool: statements written together in one round trip (with-user.ts readAsUser). */
  pipeline?: DeferringPool["pipeline"];
}

type Holder = { opened?: Promise<OpenedDb> };
const holder = ((globalThis as { __leadscoutDb?: Holder }).__leadscoutDb ??= {});

export interface OpenOptions {
  databaseUrl?: string;
  /** A PGlite data directory, or "memory://" for a throwaway database. */
  pgliteDir?: string;
  /** A PGlite data dump (dumpDataDir) to start from instead of an empty cluster (tests). */
  pgliteLoad?: Blob;
}

// A request holds a connection for two round trips (set-up with its first query, then commit)
// plus one short checkout to verify an API key. Twenty lets 50 concurrent requests keep the
// database busy even when each round trip crosses a network (a remote database, a loaded host)
// without opening a backend per request.
const DEFAULT_POOL_MAX = 20;

/**
 * A pg pool behind Kysely: real Postgres, or the app's PGlite served over loopback. Statements
 * are prepared (named, planned once per connection) unless `prepare` is false: PGlite's socket
 * shares one session among all connections, where names would collide, and a pooler in
 * transaction mode may not support them (DB_PREPARE=off).
 */
export async function openPostgres(
  databaseUrl: string,
  poolMax = Number(process.env.DB_POOL_MAX ?? DEFAULT_POOL_MAX),
  prepare = process.env.DB_PREPARE !== "off",
): Promise<OpenedDb> {
  const { default: pg } = await import("pg");
  // Postgres returns bigint counters as strings by default; ours fit in a JS number.
  pg.types.setTypeParser(20, (v) => Number(v));
  // Pipeline mode lets a transaction's set-up travel with its first query (deferred-setup.ts).
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolMax, pipeline: true });
  const deferring = deferringPool(pool, { prepare });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: deferring }) });
  const script: ScriptRunner = {
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const out = await fn({
          exec: async (text) => void (await client.query(text)),
          query: async (text, params) => (await client.query(text, params)).rows,
        });
        await client.query("commit");
        return out;
      } catch (err) {
        await client.query("rollback").catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
  };
  return {
    db,
    engine: "postgres",
    script,
    close: () => db.destroy(),
    pipeline: (statements) => deferring.pipeline(statements),
  };
}

export async function openDb(opts: OpenOptions): Promise<OpenedDb> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGliteDialect } = await import("kysely-pglite-dialect");
  const dir = opts.pgliteDir ?? "memory://";
  if (!dir.startsWith("memory://")) {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(dir, { recursive: true });
  }
  const pglite = await PGlite.create(dir, {
    parsers: { 20: (v: string) => Number(v) },
    ...(opts.pgliteLoad ? { loadDataDir: opts.pgliteLoad } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  const script: ScriptRunner = {
    transaction: (fn) =>
      pglite.transaction((tx) =>
        fn({
          exec: async (text) => void (await tx.exec(text)),
          query: async <R>(text: string, params?: unknown[]) =>
            (await tx.query<R>(text, params)).rows,
        }),
      ),
  };
  return {
    db,
    engine: "pglite",
    via: "direct",
    script,
    close: () => db.destroy(),
    dump: () => pglite.dumpDataDir("none"),
  };
}

/** Installs an already-open database as the process's database (tests, the CLI). */
export function setDb(opened: OpenedDb): void {
  holder.opened = Promise.resolve(opened);
}

/** The process's database, opened on first use from the environment. */
export function openedDb(): Promise<OpenedDb> {
  if (!holder.opened) {
    const opening = (async () => {
      const { env } = await import("../env");
      const { DATABASE_URL, PGLITE_DIR } = env();
      // The Next server owns the embedded directory: it serves it so other processes can share it.
      if (!DATABASE_URL && process.env.NEXT_RUNTIME === "nodejs") {
        const { openEmbeddedForApp } = await import("./embedded-server");
        return (await openEmbeddedForApp()).opened;
      }
      if (DATABASE_URL) return openDb({ databaseUrl: DATABASE_URL });
      // While the app runs it owns the directory and serves it; anyone else must go through it.
      const { readLiveServer, serverReachable, connectToServer } =
        await import("./embedded-server");
      const live = readLiveServer(PGLITE_DIR);
      if (live && live.pid !== process.pid && (await serverReachable(live)))
        return connectToServer(live);
      return openDb({ pgliteDir: PGLITE_DIR });
    })();
    holder.opened = opening;
    opening.catch(() => {
      if (holder.opened === opening) holder.opened = undefined;
    });
  }
  return holder.opened;
}

export async function getDb(): Promise<Db> {
  return (await openedDb()).db;
}

export async function closeDb(): Promise<void> {
  const opening = holder.opened;
  holder.opened = undefined;
  if (opening) await (await opening).close();
}
