import { sql } from "kysely";
import type { Tx } from "@/lib/db";

// The two buckets of the ledger (0018_billing.sql): allowance (topped up each period, spent first)
// and purchased (packs and grants, never expires). Every movement here is a credit_transactions
// row naming its cause, written once per idempotency key.

export type CreditMovement = "allowance" | "purchase" | "grant" | "clawback";

export interface MovementCause {
  /** Unique per organization: the same key again changes nothing (a replayed webhook, a re-run). */
  key: string;
  description: string;
  stripeEventId?: string;
  stripeObjectId?: string;
  actorId?: string;
}

/**
 * Moves credits between the world and the buckets, as the service role (`tx` from asServiceRole):
 * allowance tops the allowance bucket up to `amount`; purchase and grant add `amount` to balance
 * and purchased; clawback removes up to `amount` of purchased (and as much balance). Returns the
 * signed change of the balance, or null when the key was seen before.
 */
export async function moveCredits(
  tx: Tx,
  orgId: string,
  kind: CreditMovement,
  amount: number,
  cause: MovementCause,
): Promise<number | null> {
  const { rows } = await sql<{ moved: number | null }>`select public.move_credits(
      ${orgId}::uuid, ${kind}, ${amount}::int, ${cause.key}, ${cause.description},
      ${cause.stripeEventId ?? null}, ${cause.stripeObjectId ?? null}, ${cause.actorId ?? null}::uuid
    ) as moved`.execute(tx);
  return rows[0]!.moved;
}

export interface CreditBuckets {
  /** Free to spend; negative only after a clawback of credits held by running jobs. */
  balance: number;
  /** Held by running jobs. */
  reserved: number;
  /** The purchased bucket's share of balance + reserved. */
  purchased: number;
  /** The allowance bucket: balance + reserved - purchased. */
  allowance: number;
}

/** The organization's buckets as RLS lets the caller see them (or as the service role). */
export async function getCreditBuckets(tx: Tx, orgId: string): Promise<CreditBuckets> {
  const row = await tx
    .selectFrom("credits")
    .select(["balance", "reserved", "purchased"])
    .where("org_id", "=", orgId)
    .executeTakeFirst();
  const { balance, reserved, purchased } = row ?? { balance: 0, reserved: 0, purchased: 0 };
  return { balance, reserved, purchased, allowance: balance + reserved - purchased };
}
