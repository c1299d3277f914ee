import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { OpenedDb, ScriptTx } from "./client";

export const MIGRATIONS_DIR = path.join(process.cwd(), "supabase", "migrations");

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

async function migrationFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith(".sql")).sort();
}

async function ensureTable(q: ScriptTx): Promise<void> {
  // Nobody but the migrator needs this table; RLS with no policy keeps the API roles out.
  await q.exec(`create table if not exists public.schema_migrations (
    name text primary key,
    applied_at timestamptz not null default now()
  );
  alter table public.schema_migrations enable row level security;`);
}

export async function migrationStatus(
  opened: OpenedDb,
  dir = MIGRATIONS_DIR,
): Promise<MigrationStatus> {
  const rows = await opened.script.transaction(async (q) => {
    await ensureTable(q);
    return q.query<{ name: string }>("select name from public.schema_migrations");
  });
  const applied = new Set(rows.map((r) => r.name));
  const files = await migrationFiles(dir);
  return {
    applied: files.filter((f) => applied.has(f)),
    pending: files.filter((f) => !applied.has(f)),
  };
}

/**
 * Applies each pending migration once, in name order, each in its own transaction together with
 * its tracking row. An advisory lock keeps two processes from applying the same file twice.
 */
export async function migrate(opened: OpenedDb, dir = MIGRATIONS_DIR): Promise<string[]> {
  const done: string[] = [];
  for (const name of await migrationFiles(dir)) {
    const body = await readFile(path.join(dir, name), "utf8");
    const applied = await opened.script.transaction(async (q) => {
      await q.query("select pg_advisory_xact_lock(727274)");
      await ensureTable(q);
      const seen = await q.query("select 1 from public.schema_migrations where name = $1", [name]);
      if (seen.length > 0) return false;
      await q.exec(body);
      await q.query("insert into public.schema_migrations (name) values ($1)", [name]);
      return true;
    });
    if (applied) done.push(name);
  }
  return done;
}
