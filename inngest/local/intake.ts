import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { z } from "zod";
import { asServiceRole, type Tx } from "@/lib/db";
import { wakeWorkers } from "./wake";

// An event as the SDK posts it to the event API (`POST /e/<key>`, a JSON array).
export const ZIncomingEventSchema = z
  .object({
    name: z.string().min(1),
    data: z.record(z.string(), z.unknown()).default({}),
    id: z.string().min(1).optional(),
    ts: z.number().optional(),
    v: z.string().optional(),
  })
  .passthrough();
export type IncomingEvent = z.infer<typeof ZIncomingEventSchema>;

export class InvalidEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidEventError";
  }
}

/**
 * Stores events and queues one 'event' item each, inside the caller's transaction so an event
 * emitted by the executor commits together with the state change that caused it. An id seen
 * before is not stored or acted on again (Inngest's event-id idempotency). One statement for the
 * whole batch, so a fan-out of thousands of events is one round trip.
 */
export async function insertEvents(tx: Tx, events: IncomingEvent[]): Promise<string[]> {
  if (!events.length) return [];
  const all = events.map((e) => ({
    ...e,
    id: e.id ?? randomUUID(),
    ts: e.ts ?? Date.now(),
    data: e.data ?? {},
  }));
  const seen = new Set<string>();
  const payloads = all.filter((p) => !seen.has(p.id) && seen.add(p.id)); // the first of each id
  await sql`with input as (
      select e.value as payload, e.ordinality as n from jsonb_array_elements(${JSON.stringify(payloads)}::jsonb) with ordinality as e
    ), stored as (
      insert into inngest_local.events (id, name, payload)
      select payload->>'id', payload->>'name', payload from input order by n
      on conflict (id) do nothing returning id
    )
    insert into inngest_local.queue (kind, event_id)
    select 'event', stored.id from stored join input on input.payload->>'id' = stored.id order by input.n`.execute(
    tx,
  );
  return all.map((p) => p.id);
}

/** Events from outside the executor (inngest.send, step.sendEvent): validated, stored, acted on. */
export async function ingestEvents(body: unknown): Promise<string[]> {
  const list = Array.isArray(body) ? body : [body];
  const parsed = z.array(ZIncomingEventSchema).safeParse(list);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new InvalidEventError(`invalid event payload: ${issues}`);
  }
  const reserved = parsed.data.find((e) => e.name.startsWith("inngest/"));
  if (reserved)
    throw new InvalidEventError(`event name "${reserved.name}" is reserved for Inngest itself`);
  const ids = await asServiceRole((tx) => insertEvents(tx, parsed.data));
  wakeWorkers();
  return ids;
}
