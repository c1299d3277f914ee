import { sql } from "kysely";
import { asServiceRole } from "@/lib/db";
import { env } from "@/lib/env";

export interface DevMessage {
  id: string;
  to: string;
  template: string;
  subject: string;
  text: string;
  html: string;
  createdAt: Date;
}

/**
 * The mailbox shows every kept message, reset links included, to whoever opens it: fine on a
 * developer's machine, never in production unless the operator says so (DEV_MAILBOX=on, e.g. for
 * the browser tests, which run a production build on loopback); DEV_MAILBOX=off hides it anywhere.
 */
export function devMailboxEnabled(): boolean {
  const e = env();
  if (e.DEV_MAILBOX) return e.DEV_MAILBOX === "on";
  return e.NODE_ENV !== "production";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The newest kept messages, optionally for one address only. */
export async function listDevMail(
  opts: { to?: string; limit?: number } = {},
): Promise<DevMessage[]> {
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
  const to = opts.to?.trim().toLowerCase();
  const rows = await asServiceRole((tx) => {
    let q = tx
      .selectFrom("dev_mail")
      .selectAll()
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(limit);
    if (to) q = q.where(sql<string>`lower(to_address)`, "=", to);
    return q.execute();
  });
  return rows.map(toMessage);
}

export async function getDevMail(id: string): Promise<DevMessage | null> {
  if (!UUID.test(id)) return null;
  const row = await asServiceRole((tx) =>
    tx.selectFrom("dev_mail").selectAll().where("id", "=", id).executeTakeFirst(),
  );
  return row ? toMessage(row) : null;
}

function toMessage(r: {
  id: string;
  to_address: string;
  template: string;
  subject: string;
  text_body: string;
  html_body: string;
  created_at: Date;
}): DevMessage {
  return {
    id: r.id,
    to: r.to_address,
    template: r.template,
    subject: r.subject,
    text: r.text_body,
    html: r.html_body,
    createdAt: r.created_at,
  };
}
