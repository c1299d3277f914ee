import { migrate, migrationStatus } from "@/lib/db";
import { resealWebhookSecrets } from "@/lib/webhooks";
import { parseCommandArgs } from "../args";
import { openCliDb } from "../open-db";

/** db migrate: applies pending migrations (each once, tracked) on whichever engine is configured. */
export async function dbMigrate(argv: string[]): Promise<object> {
  parseCommandArgs(argv, { required: [] });
  const opened = await openCliDb({ migrate: false });
  const applied = await migrate(opened);
  const status = await migrationStatus(opened);
  // Secrets stored before encryption existed are sealed as soon as the schema allows it.
  const sealed = status.pending.length ? null : await resealWebhookSecrets({ onlyPlaintext: true });
  return {
    engine: opened.engine,
    applied,
    current: status.applied,
    pending: status.pending,
    sealed_secrets: sealed?.resealed ?? 0,
  };
}
