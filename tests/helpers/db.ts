import { afterAll, beforeAll } from "vitest";
import { closeDb, openDb, setDb } from "@/lib/db/client";
import { openTestPglite } from "./pglite-template";

/**
 * Gives the test file a migrated database as the process database: Postgres when DATABASE_URL is
 * set (migrated once by global-setup), else an in-memory PGlite of its own (from the migrated template, see pglite-template.ts).
 */
export function useTestDb(): void {
  beforeAll(async () => {
    const url = process.env.DATABASE_URL;
    setDb(url ? await openDb({ databaseUrl: url }) : await openTestPglite());
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
