import { env } from "@/lib/env";
import { migrate } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseCommandArgs } from "../args";
import { openCliDb } from "../open-db";

/**
 * db reset: drops every schema the migrations made and applies them again. Embedded only: with
 * DATABASE_URL set it refuses before connecting, so a production database is never touched.
 */
export async function dbReset(argv: string[]): Promise<object> {
  parseCommandArgs(argv, { required: [] });
  if (env().DATABASE_URL) {
    throw new AppError(
      "forbidden",
      "db reset works on the embedded database only; unset DATABASE_URL to reset the local PGlite",
    );
  }
  const opened = await openCliDb({ migrate: false });
  if (opened.engine !== "pglite")
    throw new AppError("forbidden", "db reset works on the embedded database only");
  const dropped = await opened.script.transaction(async (q) => {
    const schemas = await q.query<{ name: string }>(
      `select nspname as name from pg_namespace
        where nspname not like 'pg\\_%' and nspname not in ('information_schema', 'public')`,
    );
    for (const { name } of schemas)
      await q.exec(`drop schema "${name.replaceAll('"', '""')}" cascade`);
    await q.exec("drop schema public cascade; create schema public;");
    return ["public", ...schemas.map((s) => s.name)];
  });
  const applied = await migrate(opened);
  return { reset: true, dropped, applied };
}
