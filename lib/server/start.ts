import { migrate, migrationStatus, openedDb } from "@/lib/db";
import { log } from "@leadscout/log";
import { resealWebhookSecrets } from "@/lib/webhooks";
import { startLocalExecutor } from "@/inngest/local";

/**
 * Server start-up. Embedded (PGlite) installs migrate themselves; with DATABASE_URL the operator
 * runs `pnpm cli db migrate` and /api/ready reports pending migrations until they do.
 */
export async function startServer(): Promise<void> {
  const opened = await openedDb();
  let schemaCurrent = true;
  if (opened.engine === "pglite") {
    const applied = await migrate(opened);
    log.info("database ready", { engine: "pglite", applied });
  } else {
    const { pending } = await migrationStatus(opened);
    schemaCurrent = pending.length === 0;
    if (pending.length) log.warn("migrations pending: run `pnpm cli db migrate`", { pending });
    else log.info("database ready", { engine: "postgres" });
  }
  if (schemaCurrent) await sealPlaintextSecrets();
  // Only when no Inngest server is configured (inngest/local/mode.ts); the embedded executor has
  // no cron, so scheduled functions are triggered by a timer here (inngest/local/schedules.ts).
  const executor = await startLocalExecutor();
  if (executor) {
    const { startLocalSchedules } = await import("@/inngest/local/schedules");
    const { LOCAL_SCHEDULES } = await import("@/inngest/functions/schedules");
    startLocalSchedules(LOCAL_SCHEDULES);
  }
}

/** Secrets stored before encryption existed are sealed once; later starts find none. */
async function sealPlaintextSecrets(): Promise<void> {
  try {
    const report = await resealWebhookSecrets({ onlyPlaintext: true });
    if (report.resealed || report.failed)
      log.info("sealed plaintext webhook secrets", { ...report });
  } catch (err) {
    log.error("sealing plaintext webhook secrets failed; deliveries still read them", { err });
  }
}
