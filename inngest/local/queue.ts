import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { asServiceRole, type Tx } from "@/lib/db";
import type { RunState } from "./store";

export interface QueueItem {
  id: number;
  kind: "event" | "call" | "timer";
  run_id: string | null;
  event_id: string | null;
  step_id: string | null;
  timer: "sleep" | "wait-timeout" | "invoke-timeout" | null;
  attempt: number;
  concurrency_keys: string[];
  concurrency_limits: number[];
  lease_token: string;
  /** For a call: its run and memoized steps, read when the item was claimed. */
  state?: RunState;
}

type Candidate = Omit<QueueItem, "lease_token" | "state">;

// Claims are serialized by one advisory lock so the concurrency and one-call-per-run checks below
// see every lease taken so far; the claim is a short transaction, so this costs little. Rows are
// still read `for update skip locked` so a claim never waits on a row another statement holds.
const CLAIM_LOCK = 727_275;

/**
 * Leases up to `max` due queue items. A call is skipped (left for later) when taking it would
 * exceed one of its concurrency limits, or would overlap another call of the same run in the
 * wrong way: a run's discovery call runs alone, while its planned steps may run side by side.
 * Items whose lease lapsed (their worker died) are due again.
 */
export async function claim(max: number, leaseMs: number): Promise<QueueItem[]> {
  if (max <= 0) return [];
  return asServiceRole(async (tx) => {
    await sql`select pg_advisory_xact_lock(${CLAIM_LOCK})`.execute(tx);
    const { rows: candidates } = await sql<Candidate>`
      select id, kind, run_id, event_id, step_id, timer, attempt, concurrency_keys, concurrency_limits
      from inngest_local.queue
      where run_at <= now() and (lease_until is null or lease_until < now())
      order by run_at, id limit ${Math.max(max * 4, 32)} for update skip locked`.execute(tx);
    if (!candidates.length) return [];

    const { rows: active } = await sql<{
      run_id: string;
      step_id: string | null;
      concurrency_keys: string[];
    }>`
      select run_id, step_id, concurrency_keys from inngest_local.queue
      where kind = 'call' and lease_until >= now()`.execute(tx);
    const inUse = new Map<string, number>();
    const discovering = new Set<string>();
    const stepping = new Set<string>();
    const take = (c: {
      run_id: string | null;
      step_id: string | null;
      concurrency_keys: string[];
    }) => {
      for (const k of c.concurrency_keys) inUse.set(k, (inUse.get(k) ?? 0) + 1);
      if (c.step_id === null) discovering.add(c.run_id!);
      else stepping.add(c.run_id!);
    };
    active.forEach(take);

    const chosen: Candidate[] = [];
    for (const c of candidates) {
      if (chosen.length >= max) break;
      if (c.kind === "call") {
        const runId = c.run_id!;
        if (discovering.has(runId) || (c.step_id === null && stepping.has(runId))) continue;
        if (
          c.concurrency_keys.some(
            (k, i) => (inUse.get(k) ?? 0) >= (c.concurrency_limits[i] ?? Infinity),
          )
        )
          continue;
        take(c);
      }
      chosen.push(c);
    }
    if (!chosen.length) return [];
    const token = randomUUID();
    // Lease the items and, in the same statement, read each call's run state: the worker needs it
    // for its first request and would otherwise spend a transaction of its own on it.
    const { rows: leased } = await sql<{ id: number; state: RunState | null }>`
      with leased as (
        update inngest_local.queue set lease_token = ${token},
          lease_until = now() + make_interval(secs => ${leaseMs}::float8 / 1000)
        where id = any(${chosen.map((c) => c.id)}::bigint[])
        returning id, kind, run_id
      )
      select l.id, case when l.kind = 'call' then (
        select json_build_object('run', to_jsonb(r), 'steps', coalesce((
          select json_agg(json_build_object('step_id', s.step_id, 'result', s.result))
          from inngest_local.steps s where s.run_id = r.id and s.status = 'done'), '[]'::json))
        from inngest_local.runs r where r.id = l.run_id) end as state
      from leased l`.execute(tx);
    const states = new Map(leased.map((l) => [Number(l.id), l.state]));
    return chosen.map((c) => {
      const state = states.get(Number(c.id));
      return {
        ...c,
        id: Number(c.id),
        lease_token: token,
        ...(state?.run ? { state } : {}),
      };
    });
  });
}

/** Keeps the leases of items still being worked on from lapsing. */
export async function renewLeases(items: QueueItem[], leaseMs: number): Promise<void> {
  if (!items.length) return;
  await asServiceRole(async (tx) => {
    await sql`update inngest_local.queue set lease_until = now() + make_interval(secs => ${leaseMs}::float8 / 1000)
      where id = any(${items.map((i) => i.id)}::bigint[]) and lease_token = any(${items.map((i) => i.lease_token)}::text[])`.execute(
      tx,
    );
  });
}

/** Removes a finished item if this worker still holds its lease; false means someone else took it. */
export async function completeItem(tx: Tx, item: QueueItem): Promise<boolean> {
  const { rows } =
    await sql`delete from inngest_local.queue where id = ${item.id} and lease_token = ${item.lease_token} returning id`.execute(
      tx,
    );
  return rows.length > 0;
}

/** completeItem for several items at once; returns the ones this worker still held. */
export async function completeItems(tx: Tx, items: QueueItem[]): Promise<QueueItem[]> {
  if (!items.length) return [];
  const { rows } = await sql<{ id: number }>`delete from inngest_local.queue q
    using unnest(${items.map((i) => i.id)}::bigint[], ${items.map((i) => i.lease_token)}::text[]) as t(id, token)
    where q.id = t.id and q.lease_token = t.token returning q.id`.execute(tx);
  const held = new Set(rows.map((r) => Number(r.id)));
  return items.filter((i) => held.has(i.id));
}
