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
 * before is not stored or acted on again (Inngest's event-id idempotency).
 */
export async function insertEvents(tx: Tx, events: IncomingEvent[]): Promise<string[]> {
  const ids: string[] = [];
  for (const e of events) {
    const id = e.id ?? randomUUID();
    const payload = { ...e, id, ts: e.ts ?? Date.now(), data: e.data ?? {} };
    const inserted = await sql<{ id: string }>`
      insert into inngest_local.events (id, name, payload) values (${id}, ${e.name}, ${JSON.stringify(payload)}::jsonb)
      on conflict (id) do nothing returning id`.execute(tx);
    if (inserted.rows.length)
      await sql`insert into inngest_local.queue (kind, event_id) values ('event', ${id})`.execute(
        tx,
      );
    ids.push(id);
  }
  return ids;
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
