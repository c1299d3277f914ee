import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Tx } from "@/lib/db";
import { concurrencyKeysFor, type LocalFunction } from "./config";
import { insertEvents } from "./intake";
import type { SerializedError, StepResult } from "./protocol";

// The executor's state changes, each a few statements inside a transaction the caller holds
// (always with the run row locked, so two workers never interleave changes to one run).

export interface RunState {
  run?: RunRow;
  steps: { step_id: string; result: StepResult }[];
}

export interface RunRow {
  id: string;
  function_id: string;
  status: "running" | "completed" | "failed" | "cancelled";
  event: Record<string, unknown>;
  stack: string[];
  concurrency_keys: string[];
  concurrency_limits: number[];
  parent_run_id: string | null;
  parent_step_id: string | null;
}

/** When a queued item becomes due: after a delay, or at a point in time. */
export type Due = { delayMs: number } | { at: Date };

function dueSql(due: Due) {
  return "at" in due
    ? sql`${due.at.toISOString()}::timestamptz`
    : sql`now() + make_interval(secs => ${Math.max(0, due.delayMs)}::float8 / 1000)`;
}

/** A run and its memoized step results, as sent to the SDK on a call. */
export async function loadRunState(tx: Tx, runId: string): Promise<RunState> {
  // One statement: on PGlite every round trip costs more than the work inside it.
  const { rows } = await sql<RunRow & { steps: RunState["steps"] }>`select r.*, coalesce((
      select json_agg(json_build_object('step_id', s.step_id, 'result', s.result))
      from inngest_local.steps s where s.run_id = r.id and s.status = 'done'), '[]'::json) as steps
    from inngest_local.runs r where r.id = ${runId}`.execute(tx);
  const row = rows[0];
  if (!row) return { steps: [] };
  const { steps, ...run } = row;
  return { run, steps };
}

export async function lockRun(tx: Tx, runId: string): Promise<RunRow | undefined> {
  const { rows } =
    await sql<RunRow>`select * from inngest_local.runs where id = ${runId} for update`.execute(tx);
  return rows[0];
}

export async function createRun(
  tx: Tx,
  fn: LocalFunction,
  event: Record<string, unknown>,
  parent?: { runId: string; stepId: string },
): Promise<string> {
  const id = randomUUID();
  const { keys, limits } = concurrencyKeysFor(fn, event);
  await sql`insert into inngest_local.runs (id, function_id, status, event, concurrency_keys, concurrency_limits, parent_run_id, parent_step_id)
    values (${id}, ${fn.id}, 'running', ${JSON.stringify(event)}::jsonb, ${keys}, ${limits}, ${parent?.runId ?? null}, ${parent?.stepId ?? null})`.execute(
    tx,
  );
  await sql`insert into inngest_local.queue (kind, run_id, step_id, attempt, concurrency_keys, concurrency_limits)
    values ('call', ${id}, null, 0, ${keys}, ${limits})`.execute(tx);
  return id;
}

/** Starts runs for triggered functions, all in one statement (a fan-out starts hundreds at once). */
export async function createRuns(
  tx: Tx,
  starts: { fn: LocalFunction; event: Record<string, unknown> }[],
): Promise<void> {
  if (!starts.length) return;
  const input = starts.map(({ fn, event }, n) => ({
    id: randomUUID(),
    function_id: fn.id,
    event,
    ...concurrencyKeysFor(fn, event),
    n,
  }));
  await sql`with input as (
      select * from jsonb_to_recordset(${JSON.stringify(input)}::jsonb)
        as x(id text, function_id text, event jsonb, keys text[], limits integer[], n integer)
    ), created as (
      insert into inngest_local.runs (id, function_id, status, event, concurrency_keys, concurrency_limits)
      select id, function_id, 'running', event, keys, limits from input order by n
      returning id
    )
    insert into inngest_local.queue (kind, run_id, step_id, attempt, concurrency_keys, concurrency_limits)
    select 'call', input.id, null, 0, input.keys, input.limits
    from input join created on created.id = input.id order by input.n`.execute(tx);
}

export async function enqueueCall(
  tx: Tx,
  run: RunRow,
  stepId: string | null,
  attempt: number,
  due: Due,
): Promise<number> {
  const { rows } = await sql<{ id: number }>`insert into inngest_local.queue
    (kind, run_id, step_id, attempt, concurrency_keys, concurrency_limits, run_at)
    values ('call', ${run.id}, ${stepId}, ${attempt}, ${run.concurrency_keys}, ${run.concurrency_limits}, ${dueSql(due)})
    returning id`.execute(tx);
  return Number(rows[0]!.id);
}

export async function enqueueTimer(
  tx: Tx,
  runId: string,
  stepId: string,
  timer: "sleep" | "wait-timeout" | "invoke-timeout",
  due: Due,
): Promise<void> {
  await sql`insert into inngest_local.queue (kind, run_id, step_id, timer, run_at)
    values ('timer', ${runId}, ${stepId}, ${timer}, ${dueSql(due)})`.execute(tx);
}

/** Records a step the SDK reported but that has no result yet; false if it was already known. */
export async function markStep(
  tx: Tx,
  runId: string,
  stepId: string,
  status: "planned" | "waiting",
): Promise<boolean> {
  const { rows } =
    await sql`insert into inngest_local.steps (run_id, step_id, status) values (${runId}, ${stepId}, ${status})
    on conflict (run_id, step_id) do nothing returning step_id`.execute(tx);
  return rows.length > 0;
}

export async function stepStatus(
  tx: Tx,
  runId: string,
  stepId: string,
): Promise<string | undefined> {
  const { rows } = await sql<{
    status: string;
  }>`select status from inngest_local.steps where run_id = ${runId} and step_id = ${stepId}`.execute(
    tx,
  );
  return rows[0]?.status;
}

/** Memoizes a step's result once; later results for the same step (a replayed call) are ignored. */
export async function saveResult(
  tx: Tx,
  runId: string,
  stepId: string,
  result: StepResult,
  attempts = 0,
): Promise<boolean> {
  const { rows } = await sql`with saved as (
      insert into inngest_local.steps (run_id, step_id, status, result, attempts)
      values (${runId}, ${stepId}, 'done', ${JSON.stringify(result)}::jsonb, ${attempts})
      on conflict (run_id, step_id) do update set status = 'done', result = excluded.result,
        attempts = excluded.attempts, updated_at = now()
      where inngest_local.steps.status <> 'done' returning step_id)
    update inngest_local.runs set stack = array_append(stack, ${stepId}), updated_at = now()
    where id = ${runId} and exists (select 1 from saved) returning id`.execute(tx);
  return rows.length > 0;
}

/**
 * Queues a call that runs the function from the top with the new state — unless planned steps
 * are still outstanding (parallel steps re-enter once, when the last one settles) or an unclaimed
 * call for the run is already queued (it will read the fresh state when it runs). Returns the
 * queued item's id, or null when nothing was queued.
 */
export async function continueRun(
  tx: Tx,
  run: RunRow,
  lease?: { token: string; ms: number },
): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`insert into inngest_local.queue
      (kind, run_id, step_id, attempt, concurrency_keys, concurrency_limits, lease_token, lease_until)
    select 'call', ${run.id}, null, 0, ${run.concurrency_keys}, ${run.concurrency_limits}, ${lease?.token ?? null},
      case when ${lease?.ms ?? null}::float8 is null then null else now() + make_interval(secs => ${lease?.ms ?? 0}::float8 / 1000) end
    where not exists (select 1 from inngest_local.steps where run_id = ${run.id} and status = 'planned')
      and not exists (select 1 from inngest_local.queue where run_id = ${run.id} and kind = 'call' and step_id is null and lease_token is null)
    returning id`.execute(tx);
  return rows[0] ? Number(rows[0].id) : null;
}

/** Clears whatever a step was waiting on (its timer, its wait row). */
export async function clearStepWait(tx: Tx, runId: string, stepId: string): Promise<void> {
  await sql`delete from inngest_local.queue where run_id = ${runId} and step_id = ${stepId} and kind = 'timer'`.execute(
    tx,
  );
  await sql`delete from inngest_local.waits where run_id = ${runId} and step_id = ${stepId}`.execute(
    tx,
  );
}

/**
 * Ends a run: records the outcome, drops its queued work and waits, tells a parent run waiting
 * in step.invoke, and on failure emits inngest/function.failed (which triggers onFailure).
 */
export async function finishRun(
  tx: Tx,
  run: RunRow,
  status: "completed" | "failed" | "cancelled",
  outcome: { output?: unknown; error?: SerializedError },
): Promise<void> {
  await sql`update inngest_local.runs set status = ${status}, output = ${JSON.stringify(outcome.output ?? null)}::jsonb,
    error = ${outcome.error ? JSON.stringify(outcome.error) : null}::jsonb, ended_at = now(), updated_at = now()
    where id = ${run.id}`.execute(tx);
  await sql`delete from inngest_local.queue where run_id = ${run.id} and lease_token is null`.execute(
    tx,
  );
  await sql`delete from inngest_local.waits where run_id = ${run.id}`.execute(tx);
  if (status === "failed") {
    await insertEvents(tx, [
      {
        name: "inngest/function.failed",
        data: {
          function_id: run.function_id,
          run_id: run.id,
          error: outcome.error,
          event: run.event,
        },
      },
    ]);
  }
  if (run.parent_run_id && run.parent_step_id) {
    const parent = await lockRun(tx, run.parent_run_id);
    if (parent?.status !== "running") return;
    const { rows } =
      await sql`delete from inngest_local.waits where run_id = ${parent.id} and step_id = ${run.parent_step_id}
      and kind = 'invoke' returning step_id`.execute(tx);
    if (!rows.length) return; // the invoke already timed out
    await clearStepWait(tx, parent.id, run.parent_step_id);
    const result: StepResult =
      status === "completed"
        ? { type: "data", data: outcome.output ?? null }
        : {
            type: "error",
            error: outcome.error ?? {
              name: "Error",
              message: `invoked function run ${run.id} was ${status}`,
            },
          };
    await saveResult(tx, parent.id, run.parent_step_id, result);
    await continueRun(tx, parent);
  }
}
