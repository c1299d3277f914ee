import type { Pool, PoolClient, QueryResult } from "pg";
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";
import { PreparedStatements } from "./prepared";

// Every request transaction starts with two statements whose answers nobody reads: `begin`, then
// the set_config of role and claims (with-user.ts, service-role.ts). Awaited one by one they cost
// two round trips before the first real query. Here they are held back and written together with
// that query, in one write, on a pg client in pipeline mode (pg answers pipelined queries in
// order, each with its own result). An error in a held-back statement is the error of the query
// they travel with, which the transaction then rolls back as usual. Nothing else changes: every
// other statement, and every statement's result, goes to Postgres and back as before.

// `begin` as Kysely issues it, and the session set-ups (with-user.ts, service-role.ts), exactly.
const BEGIN = /^begin$/i;
const SESSION_SETUP =
  /^select set_config\('role', '(?:authenticated|anon|service_role)', true\),\s+set_config\('request\.jwt\.claims', (?:\$1|'[^'\\]*'), true\)$|^select set_config\('role', 'authenticated', true\)\s+from public\.api_key_session\(\$1, \$2\)$/;

interface Held {
  sql: string;
  parameters: readonly unknown[];
}

function answered(command: string): PostgresQueryResult<never> {
  return { command: command as "SELECT", rowCount: 0, rows: [] };
}

class DeferringClient implements PostgresPoolClient {
  private held: Held[] = [];
  private readonly prepared?: PreparedStatements;

  constructor(
    private readonly client: PoolClient,
    prepare: boolean,
  ) {
    if (prepare) this.prepared = new PreparedStatements(client);
  }

  get processID(): number | undefined {
    return (this.client as unknown as { processID?: number }).processID;
  }

  // Kysely only ever calls query(sql, parameters); the cursor overload is not configured.
  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query(cursor: never): never;
  async query<R>(
    sql: string,
    parameters: ReadonlyArray<unknown> = [],
  ): Promise<PostgresQueryResult<R>> {
    if (BEGIN.test(sql) || SESSION_SETUP.test(sql)) {
      this.held.push({ sql, parameters });
      return answered(BEGIN.test(sql) ? "BEGIN" : "SELECT");
    }
    const held = this.held;
    this.held = [];
    // A transaction that ran no statement: nothing was begun, so there is nothing to end.
    if (held.length > 0 && /^(commit|rollback)$/i.test(sql) && BEGIN.test(held[0]!.sql))
      return answered(sql.toUpperCase());
    if (held.length === 0) return this.send<R>(sql, parameters);
    const results = await this.pipeline([...held, { sql, parameters }]);
    return results.at(-1) as PostgresQueryResult<R>;
  }

  /**
   * Writes the statements together and waits for all their answers: the first error if any
   * failed (later statements of a transaction then fail as aborted, or end it as a rollback).
   */
  async pipeline(statements: readonly Held[]): Promise<QueryResult[]> {
    const stream = (this.client as unknown as { connection?: { stream?: NodeJS.WritableStream } })
      .connection?.stream as { cork?: () => void; uncork?: () => void } | undefined;
    stream?.cork?.(); // one write for all of them
    let sent: Promise<QueryResult>[];
    try {
      sent = statements.map((q) => this.run(q.sql, q.parameters));
    } finally {
      stream?.uncork?.();
    }
    const settled = await Promise.allSettled(sent);
    const failed = settled.find((s) => s.status === "rejected");
    if (failed) throw failed.reason;
    return settled.map((s) => (s as PromiseFulfilledResult<QueryResult>).value);
  }

  private send<R>(sql: string, parameters: ReadonlyArray<unknown>) {
    return this.run(sql, parameters) as unknown as Promise<PostgresQueryResult<R>>;
  }

  private run(sql: string, parameters: ReadonlyArray<unknown>): Promise<QueryResult> {
    const values = parameters as unknown[];
    return this.prepared
      ? this.client.query(this.prepared.config(sql, values))
      : this.client.query(sql, values);
  }

  release(destroy?: boolean): void {
    this.held = [];
    this.client.release(destroy);
  }
}

/** A statement for `DeferringPool.pipeline`: SQL with $n parameters, as Kysely compiles it. */
export type Statement = Held;

export interface DeferringPool extends PostgresPool {
  /**
   * Runs statements written together on one connection, outside Kysely: a whole short
   * transaction (begin, set-up, one query, commit) in one round trip. Every result, in order.
   */
  pipeline(statements: readonly Statement[]): Promise<QueryResult[]>;
}

/**
 * The pool Kysely sees: the same clients, each wrapped once. The pool must be in pipeline mode.
 * With `prepare`, statements run as named prepared statements (prepared.ts).
 */
export function deferringPool(pool: Pool, { prepare = false } = {}): DeferringPool {
  if (!(pool.options as { pipeline?: boolean }).pipeline)
    throw new Error("deferringPool needs a pg pool created with { pipeline: true }");
  const wrapped = new WeakMap<PoolClient, DeferringClient>();
  const connect = async () => {
    const client = await pool.connect();
    let w = wrapped.get(client);
    if (!w) wrapped.set(client, (w = new DeferringClient(client, prepare)));
    return w;
  };
  return {
    Client: (pool as unknown as { Client: PostgresPool["Client"] }).Client,
    options: pool.options,
    end: () => pool.end(),
    connect,
    async pipeline(statements) {
      const client = await connect();
      try {
        return await client.pipeline(statements);
      } finally {
        client.release();
      }
    },
  };
}
