import { afterAll, beforeAll } from "vitest";
import { closeDb, openDb, setDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

/**
 * Gives the test file a migrated database as the process database: Postgres when DATABASE_URL is
 * set (migrated once by global-setup), else a fresh in-memory PGlite of its own.
 */
export function useTestDb(): void {
  beforeAll(async () => {
    const url = process.env.DATABASE_URL;
    const opened = await openDb(url ? { databaseUrl: url } : { pgliteDir: "memory://" });
    if (!url) await migrate(opened);
    setDb(opened);
  });
  afterAll(async () => {
    await closeDb();
  });
}

let counter = 0;
/** A value unique across files sharing one Postgres: emails, slugs. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}
