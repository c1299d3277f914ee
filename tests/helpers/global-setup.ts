import { openDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { buildPgliteTemplate } from "./pglite-template";

// With DATABASE_URL (CI's Postgres 15) every integration file shares one database: start it from
// a clean schema once. Without it each file gets its own in-memory PGlite, started from a migrated
// template built here once (see pglite-template.ts).
export default async function setup(): Promise<void | (() => void)> {
  const url = process.env.DATABASE_URL;
  if (!url) return buildPgliteTemplate();
  const opened = await openDb({ databaseUrl: url });
  try {
    await opened.script.transaction(async (q) => {
      await q.exec(`drop schema if exists public cascade; create schema public;
        drop schema if exists auth cascade; drop schema if exists inngest_local cascade;`);
    });
    await migrate(opened);
  } finally {
    await opened.close();
  }
}
