import { log } from "@leadscout/log";
import { queueStageChangeEvents, type StageChangeNotice } from "@/lib/webhooks";

/**
 * After a move commits: queue its lead.stage_changed deliveries. The move stands either way (the
 * history row is the record); a queue outage is logged with the change ids rather than undoing it.
 */
export async function announceStageChanges(
  orgId: string,
  changes: StageChangeNotice[],
): Promise<void> {
  if (!changes.length) return;
  try {
    await queueStageChangeEvents(orgId, changes);
  } catch (err) {
    log.error("lead.stage_changed not queued", {
      err,
      orgId,
      changeIds: changes.map((c) => c.id),
    });
  }
}
