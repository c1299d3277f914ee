import { sql } from "kysely";
import { asServiceRole } from "@/lib/db";

/**
 * Forgets what no run needs any more: runs that ended longer than `retentionMs` ago (with their
 * steps, by cascade) and events that old which are no longer queued for matching. Without it the
 * executor's tables would only grow. Returns what was removed, for the log.
 */
export async function sweepOldState(
  retentionMs: number,
): Promise<{ runs: number; events: number }> {
  return asServiceRole(async (tx) => {
    const cutoff = sql`now() - make_interval(secs => ${retentionMs}::float8 / 1000)`;
    const runs =
      await sql`delete from inngest_local.runs where status <> 'running' and ended_at <= ${cutoff}`.execute(
        tx,
      );
    const events = await sql`delete from inngest_local.events e where e.received_at <= ${cutoff}
      and not exists (select 1 from inngest_local.queue q where q.kind = 'event' and q.event_id = e.id)`.execute(
      tx,
    );
    return { runs: Number(runs.numAffectedRows ?? 0), events: Number(events.numAffectedRows ?? 0) };
  });
}

/**
 * Forgets an organization that has been deleted: its runs (steps, queue items and waits go with
 * them by cascade) and the events that name it. Runs a step of which is in flight find their run
 * gone and stop (run-item.ts treats a missing run as ended). Returns what was removed.
 */
export async function forgetOrganizationRuns(
  orgId: string,
): Promise<{ runs: number; events: number }> {
  return asServiceRole(async (tx) => {
    const runs = await sql`delete from inngest_local.runs
      where event -> 'data' ->> 'orgId' = ${orgId}`.execute(tx);
    await sql`delete from inngest_local.queue q using inngest_local.events e
      where q.kind = 'event' and q.event_id = e.id and e.payload -> 'data' ->> 'orgId' = ${orgId}`.execute(
      tx,
    );
    const events = await sql`delete from inngest_local.events
      where payload -> 'data' ->> 'orgId' = ${orgId}`.execute(tx);
    return { runs: Number(runs.numAffectedRows ?? 0), events: Number(events.numAffectedRows ?? 0) };
  });
}
