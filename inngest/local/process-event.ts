import { sql } from "kysely";
import type { Tx } from "@/lib/db";
import type { LocalFunction } from "./config";
import { compileCondition } from "./expression";
import { clearStepWait, continueRun, createRuns, finishRun, lockRun, saveResult } from "./store";

type EventPayload = Record<string, unknown> & { name: string };

/**
 * Acts on received events, in order, in one transaction: for each, cancels runs whose `cancelOn`
 * matches, answers step.waitForEvent calls whose `match`/`if` holds, then starts a run of every
 * function whose trigger matches. In every expression `event` is the run's triggering event and
 * `async` the new one, as in Inngest. Cancelling first means an event never cancels the run it
 * starts. A fan-out of hundreds of events costs a handful of statements: payloads and waits are
 * read once, and new runs are written together (before any later event that could cancel them).
 */
export async function processEvents(
  tx: Tx,
  eventIds: string[],
  functions: Map<string, LocalFunction>,
): Promise<void> {
  if (!eventIds.length) return;
  const { rows } = await sql<{ payload: EventPayload }>`select payload from inngest_local.events
    where id = any(${eventIds}::text[]) order by array_position(${eventIds}::text[], id)`.execute(
    tx,
  );
  if (!rows.length) return;
  const names = [...new Set(rows.map((r) => r.payload.name))];
  const { rows: waits } = await sql<Wait>`
    select w.run_id, w.step_id, w.event_name, w.expression, r.event from inngest_local.waits w
    join inngest_local.runs r on r.id = w.run_id
    where w.kind = 'event' and w.event_name = any(${names}::text[]) and r.status = 'running'
    order by w.created_at`.execute(tx);
  const taken = new Set<string>();
  let starts: { fn: LocalFunction; event: Record<string, unknown> }[] = [];
  const flush = async () => {
    await createRuns(tx, starts);
    starts = [];
  };

  for (const { payload } of rows) {
    const cancels = [...functions.values()].flatMap((fn) =>
      fn.cancel.filter((c) => c.event === payload.name).map((c) => ({ fn, c })),
    );
    if (cancels.length) {
      await flush(); // runs started by earlier events in this batch can be cancelled by this one
      await cancelRuns(tx, payload, cancels);
    }
    for (const w of waits) {
      const key = `${w.run_id}\u0000${w.step_id}`;
      if (w.event_name !== payload.name || taken.has(key)) continue;
      if (await answerWait(tx, w, payload)) taken.add(key);
    }
    for (const fn of functions.values()) {
      if (fn.triggers.some((t) => t.event === payload.name && t.matches({ event: payload })))
        starts.push({ fn, event: payload });
    }
  }
  await flush();
}

interface Wait {
  run_id: string;
  step_id: string;
  event_name: string;
  expression: string | null;
  event: unknown;
}

async function cancelRuns(
  tx: Tx,
  payload: EventPayload,
  cancels: { fn: LocalFunction; c: LocalFunction["cancel"][number] }[],
): Promise<void> {
  for (const fn of new Set(cancels.map((x) => x.fn))) {
    const matchers = cancels.filter((x) => x.fn === fn).map((x) => x.c);
    const { rows: runs } = await sql<{
      id: string;
      event: unknown;
    }>`select id, event from inngest_local.runs
      where function_id = ${fn.id} and status = 'running'`.execute(tx);
    for (const r of runs) {
      if (!matchers.some((c) => c.matches({ event: r.event, async: payload }))) continue;
      const run = await lockRun(tx, r.id);
      if (run?.status === "running") await finishRun(tx, run, "cancelled", {});
    }
  }
}

/** Gives the event to a waiting step if its condition holds; true when the wait was answered. */
async function answerWait(tx: Tx, w: Wait, payload: EventPayload): Promise<boolean> {
  let matches: boolean;
  try {
    matches = compileCondition(w.expression ?? undefined)({ event: w.event, async: payload });
  } catch {
    matches = false; // checked when the wait was created; cannot happen for stored expressions
  }
  if (!matches) return false;
  const run = await lockRun(tx, w.run_id);
  if (run?.status !== "running") return false;
  const { rows: taken } =
    await sql`delete from inngest_local.waits where run_id = ${w.run_id} and step_id = ${w.step_id}
    returning step_id`.execute(tx);
  if (!taken.length) return false;
  await clearStepWait(tx, w.run_id, w.step_id);
  if (await saveResult(tx, w.run_id, w.step_id, { type: "data", data: payload }))
    await continueRun(tx, run);
  return true;
}
