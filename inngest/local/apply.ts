import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Tx } from "@/lib/db";
import { parseExpression } from "./expression";
import {
  ZSerializedErrorSchema,
  dueAt,
  type CallOutcome,
  type Op,
  type SerializedError,
} from "./protocol";
import {
  clearStepWait,
  continueRun,
  createRun,
  enqueueCall,
  enqueueTimer,
  finishRun,
  markStep,
  saveResult,
  stepStatus,
  type RunRow,
} from "./store";
import type { LocalFunction } from "./config";

export interface ApplyContext {
  tx: Tx;
  run: RunRow;
  fn: LocalFunction;
  functions: Map<string, LocalFunction>;
  /** The call that produced the outcome: its step (null = discovery) and attempt. */
  stepId: string | null;
  attempt: number;
  backoffMs: (attempt: number) => number;
  /** When set, a continuation call is queued already leased with this token (see executor). */
  chain?: { token: string; ms: number };
}

export function errorOf(value: unknown): SerializedError {
  const parsed = ZSerializedErrorSchema.safeParse(value);
  return parsed.success ? parsed.data : { name: "Error", message: String(value) };
}

const unsupported = (op: string): SerializedError => ({
  name: "NonRetriableError",
  message: `inngest/local does not support the step op "${op}" (only step.run, sleep, sleepUntil, waitForEvent, invoke, sendEvent)`,
});

/**
 * Acts on one serve() answer inside the caller's transaction; the run row is already locked.
 * Returns the id of the call queued to continue the run right away, if there is one.
 */
export async function applyOutcome(
  ctx: ApplyContext,
  outcome: CallOutcome,
): Promise<number | null> {
  const { tx, run, fn } = ctx;
  if (outcome.kind === "completed") {
    await finishRun(tx, run, "completed", { output: outcome.output });
    return null;
  }
  if (outcome.kind === "error") {
    const next = ctx.attempt + 1;
    if (outcome.retriable && next < fn.maxAttempts) {
      await enqueueCall(tx, run, ctx.stepId, next, {
        delayMs: outcome.retryAfterMs ?? ctx.backoffMs(next),
      });
    } else {
      await finishRun(tx, run, "failed", { error: outcome.error });
    }
    return null;
  }
  let progressed = false;
  for (const op of outcome.ops) {
    const result = await applyOp(ctx, op, outcome.retryAfterMs).catch(async (err: Error) => {
      // Op data this executor cannot read (say, an unparseable duration) would fail the same way
      // on every retry, so it fails the run, loudly, instead.
      const error = {
        name: "NonRetriableError",
        message: `inngest/local could not apply step op "${op.op}": ${err.message}`,
      };
      await finishRun(tx, run, "failed", { error });
      return "failed" as const;
    });
    if (result === "failed") return null;
    progressed ||= result === "progressed";
  }
  return progressed ? continueRun(tx, run, ctx.chain) : null;
}

type OpResult = "progressed" | "waiting" | "failed";

async function applyOp(ctx: ApplyContext, op: Op, retryAfterMs?: number): Promise<OpResult> {
  const { tx, run } = ctx;
  const opts = op.opts ?? {};
  switch (op.op) {
    case "StepRun":
      await saveResult(tx, run.id, op.id, { type: "data", data: op.data ?? null }, ctx.attempt + 1);
      return "progressed";
    case "StepFailed":
      await saveResult(
        tx,
        run.id,
        op.id,
        { type: "error", error: errorOf(op.error) },
        ctx.attempt + 1,
      );
      return "progressed";
    case "StepError": {
      const next = ctx.attempt + 1;
      if (next >= ctx.fn.maxAttempts) {
        await saveResult(tx, run.id, op.id, { type: "error", error: errorOf(op.error) }, next);
        return "progressed";
      }
      // Hold the step as planned while it waits for its retry so the run does not move on.
      await markStep(tx, run.id, op.id, "planned");
      await sql`update inngest_local.steps set attempts = ${next}, updated_at = now() where run_id = ${run.id} and step_id = ${op.id}`.execute(
        tx,
      );
      await enqueueCall(tx, run, op.id, next, { delayMs: retryAfterMs ?? ctx.backoffMs(next) });
      return "waiting";
    }
    case "StepPlanned":
      if (await markStep(tx, run.id, op.id, "planned"))
        await enqueueCall(tx, run, op.id, 0, { delayMs: 0 });
      return "waiting";
    case "Sleep": {
      if (!(await markStep(tx, run.id, op.id, "waiting"))) return "waiting";
      await enqueueTimer(tx, run.id, op.id, "sleep", { at: new Date(dueAt(op.name ?? "")) });
      return "waiting";
    }
    case "WaitForEvent": {
      if ((await stepStatus(tx, run.id, op.id)) !== undefined) return "waiting";
      const expression = typeof opts.if === "string" ? opts.if : null;
      try {
        if (expression) parseExpression(expression);
      } catch (err) {
        await finishRun(tx, run, "failed", {
          error: { name: "NonRetriableError", message: (err as Error).message },
        });
        return "failed";
      }
      await markStep(tx, run.id, op.id, "waiting");
      const timeout = dueAt(String(opts.timeout ?? ""));
      await sql`insert into inngest_local.waits (run_id, step_id, kind, event_name, expression, expires_at)
        values (${run.id}, ${op.id}, 'event', ${op.name ?? ""}, ${expression}, ${new Date(timeout).toISOString()}::timestamptz)`.execute(
        tx,
      );
      await enqueueTimer(tx, run.id, op.id, "wait-timeout", { at: new Date(timeout) });
      return "waiting";
    }
    case "InvokeFunction":
      return applyInvoke(ctx, op);
    case "RunComplete":
      await finishRun(tx, run, "completed", { output: op.data ?? null });
      return "failed"; // the run is over; nothing further to apply
    default:
      await finishRun(tx, run, "failed", { error: unsupported(op.op) });
      return "failed";
  }
}

async function applyInvoke(ctx: ApplyContext, op: Op): Promise<OpResult> {
  const { tx, run } = ctx;
  if ((await stepStatus(tx, run.id, op.id)) !== undefined) return "waiting";
  const opts = op.opts ?? {};
  const target = ctx.functions.get(String(opts.function_id ?? ""));
  if (!target) {
    const error = {
      name: "Error",
      message: `step.invoke: function "${String(opts.function_id)}" is not registered with inngest/local`,
    };
    await saveResult(tx, run.id, op.id, { type: "error", error });
    return "progressed";
  }
  await markStep(tx, run.id, op.id, "waiting");
  const payload = (opts.payload ?? {}) as { data?: unknown; v?: string };
  const event = {
    name: "inngest/function.invoked",
    id: randomUUID(),
    ts: Date.now(),
    data: payload.data ?? {},
    ...(payload.v ? { v: payload.v } : {}),
  };
  const childId = await createRun(tx, target, event, { runId: run.id, stepId: op.id });
  const expires =
    typeof opts.timeout === "string" && opts.timeout ? new Date(dueAt(opts.timeout)) : null;
  await sql`insert into inngest_local.waits (run_id, step_id, kind, child_run_id, expires_at)
    values (${run.id}, ${op.id}, 'invoke', ${childId}, ${expires?.toISOString() ?? null}::timestamptz)`.execute(
    tx,
  );
  if (expires) await enqueueTimer(tx, run.id, op.id, "invoke-timeout", { at: expires });
  return "waiting";
}

/** A timer came due: a sleep ends, or a wait / invoke gives up (its result is null / an error). */
export async function applyTimer(
  tx: Tx,
  run: RunRow,
  stepId: string,
  timer: string,
): Promise<void> {
  if (timer === "sleep") {
    if (await saveResult(tx, run.id, stepId, { type: "data", data: null }))
      await continueRun(tx, run);
    return;
  }
  const { rows } =
    await sql`delete from inngest_local.waits where run_id = ${run.id} and step_id = ${stepId} returning step_id`.execute(
      tx,
    );
  if (!rows.length) return; // already answered
  await clearStepWait(tx, run.id, stepId);
  const result =
    timer === "wait-timeout"
      ? ({ type: "data", data: null } as const)
      : ({
          type: "error",
          error: {
            name: "InngestInvokeTimeoutError",
            message: "Timed out waiting for the invoked function to complete",
          },
        } as const);
  if (await saveResult(tx, run.id, stepId, result)) await continueRun(tx, run);
}
