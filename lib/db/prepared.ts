import { createHash } from "node:crypto";
import type { PoolClient, QueryConfig } from "pg";

// Named prepared statements on Postgres. Kysely sends every statement unnamed, so Postgres parses
// and plans it again on each execution; planning the leads list under its RLS policy costs more
// than running it. Named, a statement is parsed once per connection and its plan is cached
// (Postgres re-plans by itself after DDL, and per role for RLS). Kysely writes parameters as $n,
// so a statement's text is the same on every call: the text names the statement.
//
// The app issues a bounded set of statement shapes, but some vary with their input (an IN list,
// a multi-row insert), so each connection keeps its most recently used statements only and
// deallocates the rest.

export const PREPARED_PER_CONNECTION = 200;

const baseNames = new Map<string, string>();

/** A short stable name for a statement text, computed once per text. */
function baseName(text: string): string {
  let name = baseNames.get(text);
  if (name === undefined) {
    if (baseNames.size >= 10_000) baseNames.clear();
    name = "ls_" + createHash("sha1").update(text).digest("base64url").slice(0, 20);
    baseNames.set(text, name);
  }
  return name;
}

interface PgConnection {
  parsedStatements: Record<string, string>;
  submittedNamedStatements: Record<string, string>;
}

/** One connection's prepared statements, least recently used first. */
export class PreparedStatements {
  private readonly names = new Map<string, string>();
  private generation = 0;

  constructor(
    private readonly client: PoolClient,
    private readonly capacity = PREPARED_PER_CONNECTION,
  ) {}

  /** The query config that runs `text` as a named statement, preparing it on first use. */
  config(text: string, values: unknown[]): QueryConfig {
    let name = this.names.get(text);
    if (name !== undefined) {
      this.names.delete(text); // re-inserted below: most recently used last
    } else {
      if (this.names.size >= this.capacity) this.evictOldest();
      // A text evicted earlier comes back under a new name: its old one may still be on its way
      // out (a deallocate is only queued), and a name must never mean two things at once.
      name = `${baseName(text)}_${(this.generation++).toString(36)}`;
    }
    this.names.set(text, name);
    return { name, text, values };
  }

  private evictOldest(): void {
    const [text, name] = this.names.entries().next().value as [string, string];
    this.names.delete(text);
    const connection = (this.client as unknown as { connection: PgConnection }).connection;
    // Queued behind the statements already sent, so none of them loses its statement midway.
    // If it fails (sent inside a transaction that already failed) the statement stays on the
    // server under a name nobody will use again: a small leak until the connection closes.
    this.client.query(`deallocate "${name}"`).then(
      () => delete connection.parsedStatements[name],
      () => {},
    );
  }
}
