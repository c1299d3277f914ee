import { sql } from "kysely";
import { getDb, migrationStatus, openedDb } from "@/lib/db";

export interface Readiness {
  ready: boolean;
  checks: { database: "ok" | "error"; migrations: "current" | "pending" | "unknown" };
  pending?: string[];
  error?: string;
}

/** Ready means: the database answers and every migration in supabase/migrations is applied. */
export async function readiness(): Promise<Readiness> {
  try {
    const db = await getDb();
    await sql`select 1`.execute(db);
  } catch {
    return {
      ready: false,
      checks: { database: "error", migrations: "unknown" },
      error: "database unreachable",
    };
  }
  try {
    const { pending } = await migrationStatus(await openedDb());
    if (pending.length > 0)
      return { ready: false, checks: { database: "ok", migrations: "pending" }, pending };
    return { ready: true, checks: { database: "ok", migrations: "current" } };
  } catch {
    return {
      ready: false,
      checks: { database: "ok", migrations: "unknown" },
      error: "migration status unknown",
    };
  }
}
