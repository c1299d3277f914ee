import { sql } from "kysely";
import type { Tx } from "@/lib/db";
import type { LocalFunction } from "./config";
import { compileCondition } from "./expression";
import { clearStepWait, continueRun, createRun, finishRun, lockRun, saveResult } from "./store";

type EventPayload = Record<string, unknown> & { name: string };

/**
 * Acts on one received event, in one transaction: cancels runs whose `cancelOn` matches, answers
 * step.waitForEvent calls whose `match`/`if` holds, then starts a run of every function whose
 * trigger matches. In every expression `event` is the run's triggering event and `async` the new
 * one, as in Inngest. Cancelling first means an event never cancels the run it starts.
 */
export async function processEvent(
  tx: Tx,
  eventId: string,
  functions: Map<string, LocalFunction>,
): Promise<void> {
  const { rows } = await sql<{
    payload: EventPayload;
  }>`select payload from inngest_local.events where id = ${eventId}`.execute(tx);
  const payload = rows[0]?.payload;
  if (!payload) return;

  for (const fn of functions.values()) {
    const cancels = fn.cancel.filter((c) => c.event === payload.name);
    if (!cancels.length) continue;
    const { rows: runs } = await sql<{
      id: string;
      event: unknown;
    }>`select id, event from inngest_local.runs
      where function_id = ${fn.id} and status = 'running'`.execute(tx);
    for (const r of runs) {
      if (!cancels.some((c) => c.matches({ event: r.event, async: payload }))) continue;
      const run = await lockRun(tx, r.id);
      if (run?.status === "running") await finishRun(tx, run, "cancelled", {});
    }
  }

  const { rows: waits } = await sql<{
    run_id: string;
    step_id: string;
    expression: string | null;
    event: unknown;
  }>`
    select w.run_id, w.step_id, w.expression, r.event from inngest_local.waits w
    join inngest_local.runs r on r.id = w.run_id
    where w.kind = 'event' and w.event_name = ${payload.name} and r.status = 'running'
    order by w.created_at`.execute(tx);
  for (const w of waits) {
    let matches: boolean;
    try {
      matches = compileCondition(w.expression ?? undefined)({ event: w.event, async: payload });
    } catch {
      matches = false; // checked when the wait was created; cannot happen for stored expressions
    }
    if (!matches) continue;
    const run = await lockRun(tx, w.run_id);
    if (run?.status !== "running") continue;
    const { rows: taken } =
      await sql`delete from inngest_local.waits where run_id = ${w.run_id} and step_id = ${w.step_id}
      returning step_id`.execute(tx);
    if (!taken.length) continue;
    await clearStepWait(tx, w.run_id, w.step_id);
    if (await saveResult(tx, w.run_id, w.step_id, { type: "data", data: payload }))
      await continueRun(tx, run);
  }

  for (const fn of functions.values()) {
    if (fn.triggers.some((t) => t.event === payload.name && t.matches({ event: payload }))) {
      await createRun(tx, fn, payload);
    }
  }
}
