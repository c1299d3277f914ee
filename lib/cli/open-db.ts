import { migrate, openedDb, type OpenedDb } from "@/lib/db";
import { log } from "@leadscout/log";

/**
 * The CLI's database: the running app's PGlite over its loopback socket when the app is up,
 * else the directory itself, else Postgres with DATABASE_URL. In embedded mode pending
 * migrations are applied first, as the app does at start.
 */
export async function openCliDb(opts: { migrate?: boolean } = {}): Promise<OpenedDb> {
  const opened = await openedDb();
  log.info("cli database", { engine: opened.engine, via: opened.via ?? "pool" });
  if (opts.migrate !== false && opened.engine === "pglite") {
    const applied = await migrate(opened);
    if (applied.length > 0) log.info("cli applied migrations", { applied });
  }
  return opened;
}
