import { migrate, migrationStatus, openedDb } from "@/lib/db";
import { log } from "@/lib/log";
import { startLocalExecutor } from "@/inngest/local";

/**
 * Server start-up. Embedded (PGlite) installs migrate themselves; with DATABASE_URL the operator
 * runs `pnpm cli db migrate` and /api/ready reports pending migrations until they do.
 */
export async function startServer(): Promise<void> {
  const opened = await openedDb();
  if (opened.engine === "pglite") {
    const applied = await migrate(opened);
    log.info("database ready", { engine: "pglite", applied });
  } else {
    const { pending } = await migrationStatus(opened);
    if (pending.length) log.warn("migrations pending: run `pnpm cli db migrate`", { pending });
    else log.info("database ready", { engine: "postgres" });
  }
  // Only when no Inngest server is configured (inngest/local/mode.ts); the embedded executor has
  // no cron, so scheduled functions are triggered by a timer here (inngest/local/schedules.ts).
  const executor = await startLocalExecutor();
  if (executor) {
    const { startLocalSchedules } = await import("@/inngest/local/schedules");
    const { LOCAL_SCHEDULES } = await import("@/inngest/functions/schedules");
    startLocalSchedules(LOCAL_SCHEDULES);
  }
}
