import { sql } from "kysely";
import type { Tx } from "@/lib/db";
import { errorOf } from "./apply";
import type { CallOutcome, StepResult } from "./protocol";
import type { QueueItem } from "./queue";
import type { RunState } from "./store";

// The two answers the SDK gives most often — one step's result, or the run's return value — are
// applied with one database call each (inngest_local.save_step / complete_run, migration 0009)
// instead of the general path's six to eight statements. Everything else takes the general path
// in apply.ts, which does the same work statement by statement.

export type FastOutcome =
  { kind: "step"; stepId: string; result: StepResult } | { kind: "completed"; output: unknown };

/** The outcome as a fast-path change, or undefined when it needs the general path. */
export function fastOutcome(state: RunState, outcome: CallOutcome): FastOutcome | undefined {
  if (outcome.kind === "completed")
    // A run started by step.invoke must tell its parent: the general path does that.
    return state.run?.parent_run_id ? undefined : { kind: "completed", output: outcome.output };
  if (outcome.kind !== "ops" || outcome.ops.length !== 1) return undefined;
  const op = outcome.ops[0]!;
  if (op.op === "StepRun")
    return { kind: "step", stepId: op.id, result: { type: "data", data: op.data ?? null } };
  if (op.op === "StepFailed")
    return { kind: "step", stepId: op.id, result: { type: "error", error: errorOf(op.error) } };
  return undefined;
}

export interface FastResult {
  /** false: another worker took the item (our lease lapsed); nothing was changed. */
  held: boolean;
  /** The continuation queued for the run (leased to us when `chain` was given). */
  nextId: number | null;
  /** The run's state after the change, when it could be known without reading it back. */
  state?: RunState;
}

/** Applies a fast-path outcome of `item`'s call, in the caller's transaction. */
export async function applyFast(
  tx: Tx,
  item: QueueItem,
  state: RunState,
  fast: FastOutcome,
  chain?: { token: string; ms: number },
): Promise<FastResult> {
  const run = state.run!;
  if (fast.kind === "completed") {
    const { rows } = await sql<{ held: boolean }>`select inngest_local.complete_run(
      ${item.id}::bigint, ${item.lease_token}, ${run.id}, ${JSON.stringify(fast.output ?? null)}::jsonb) as held`.execute(
      tx,
    );
    return { held: Boolean(rows[0]?.held), nextId: null };
  }
  const { rows } = await sql<{
    held: boolean;
    running: boolean;
    stack: string[] | null;
    next_id: number | null;
  }>`select * from inngest_local.save_step(${item.id}::bigint, ${item.lease_token}, ${run.id},
      ${fast.stepId}, ${JSON.stringify(fast.result)}::jsonb, ${item.attempt + 1}::int,
      ${chain?.token ?? null}, ${chain?.ms ?? null}::float8)`.execute(tx);
  const row = rows[0];
  if (!row?.held) return { held: false, nextId: null };
  if (!row.running || row.next_id === null) return { held: true, nextId: null };
  // The state in memory plus this result is the run's state, unless another change reached the
  // run meanwhile (its stack then says so): only then is it read back.
  const expected = [...run.stack, fast.stepId];
  const known =
    row.stack?.length === expected.length && row.stack.every((s, i) => s === expected[i]);
  return {
    held: true,
    nextId: Number(row.next_id),
    ...(known
      ? {
          state: {
            run: { ...run, stack: expected },
            steps: [...state.steps, { step_id: fast.stepId, result: fast.result }],
          },
        }
      : {}),
  };
}
