import { sql } from "kysely";
import { isPolicyRefusal, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

interface PgErrorLike {
  code?: string;
  hint?: string;
  detail?: string;
}

/** The database's "insufficient credits" refusal as the 402 a caller can act on; else rethrow. */
function mapReserveError(err: unknown): never {
  const e = (typeof err === "object" && err !== null ? err : {}) as PgErrorLike;
  if (e.code === "P0001" && e.hint === "insufficient_credits") {
    let required = 0;
    let available = 0;
    try {
      ({ required, available } = JSON.parse(e.detail ?? "{}") as {
        required: number;
        available: number;
      });
    } catch {
      // detail is ours; if it is missing the message below still says what happened
    }
    const shortfall = Math.max(required - available, 0);
    throw new AppError(
      "insufficient_credits",
      `This job needs up to ${required} credits but ${available} are available (${shortfall} short)`,
      { details: { required, available, shortfall }, cause: err },
    );
  }
  if (isPolicyRefusal(err)) {
    throw new AppError("forbidden", "You do not have permission to do that", { cause: err });
  }
  throw err;
}

/**
 * Holds `amount` credits for a job, in the caller's transaction (the one that inserted the job),
 * as that caller: the database checks their membership. Throws `insufficient_credits` (402) with
 * the shortfall; the caller's transaction then rolls back, so nothing is written.
 */
export async function reserveJobCredits(tx: Tx, jobId: string, amount: number): Promise<number> {
  try {
    const { rows } = await sql<{
      reserved: number;
    }>`select public.reserve_job_credits(${jobId}::uuid, ${amount}::int) as reserved`.execute(tx);
    return rows[0]!.reserved;
  } catch (err) {
    mapReserveError(err);
  }
}

/**
 * Charges up to `amount` from the job's hold once per `key` (service role). Returns what was
 * charged: 0 for a key seen before (a retried step), an ended job, or an exhausted hold.
 */
export async function chargeJobCredits(
  tx: Tx,
  jobId: string,
  amount: number,
  key: string,
  description: string,
): Promise<number> {
  const { rows } = await sql<{
    charged: number;
  }>`select public.charge_job_credits(${jobId}::uuid, ${amount}::int, ${key}, ${description}) as charged`.execute(
    tx,
  );
  return rows[0]!.charged;
}

/** Gives the rest of a job's hold back to the balance; idempotent. */
export async function releaseJobCredits(tx: Tx, jobId: string): Promise<number> {
  try {
    const { rows } = await sql<{
      released: number;
    }>`select public.release_job_credits(${jobId}::uuid) as released`.execute(tx);
    return rows[0]!.released;
  } catch (err) {
    mapReserveError(err);
  }
}

export interface CreditBalance {
  balance: number;
  reserved: number;
}

/** The organization's balance as RLS lets the caller see it. */
export async function getCreditBalance(tx: Tx, orgId: string): Promise<CreditBalance> {
  const row = await tx
    .selectFrom("credits")
    .select(["balance", "reserved"])
    .where("org_id", "=", orgId)
    .executeTakeFirst();
  return row ?? { balance: 0, reserved: 0 };
}
