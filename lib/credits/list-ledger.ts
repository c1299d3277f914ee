import { sql } from "kysely";
import { z } from "zod";
import {
  decodeCreatedAtCursor,
  encodeCreatedAtCursor,
  exactInstant,
  pageLimit,
} from "@/lib/api/cursor";
import { withUser, type CreditTransactionsTable, type JwtClaims } from "@/lib/db";
import { validationError } from "@/lib/errors";

// The credit ledger a page at a time, newest first, for any member (RLS: credit_transactions_select).
// The cursor carries created_at as the exact instant, microseconds included: a JS Date keeps
// milliseconds only, and entries written within one millisecond would be skipped at a page edge.

export const ZLedgerQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type LedgerQuery = z.input<typeof ZLedgerQuerySchema>;

export interface LedgerEntry {
  id: string;
  jobId: string | null;
  kind: CreditTransactionsTable["kind"];
  amount: number;
  balanceAfter: number;
  description: string | null;
  createdAt: Date;
}

export async function listCreditLedger(
  claims: JwtClaims,
  orgId: string,
  query: LedgerQuery = {},
): Promise<{ entries: LedgerEntry[]; nextCursor: string | null }> {
  const parsed = ZLedgerQuerySchema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, "The ledger query is invalid");
  const { cursor, limit } = parsed.data;
  const after = cursor ? decodeCreatedAtCursor(cursor, "-created_at") : undefined;
  const rows = await withUser(claims, (tx) => {
    let q = tx
      .selectFrom("credit_transactions")
      .select([
        "id",
        "job_id",
        "kind",
        "amount",
        "balance_after",
        "description",
        "created_at",
        exactInstant("created_at").as("at"),
      ])
      .where("org_id", "=", orgId);
    if (after)
      q = q.where(sql<boolean>`(created_at, id) < (${after.at}::timestamptz, ${after.id}::uuid)`);
    return q.orderBy("created_at", "desc").orderBy("id", "desc").limit(pageLimit(limit)).execute();
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    entries: page.map((r) => ({
      id: r.id,
      jobId: r.job_id,
      kind: r.kind,
      amount: r.amount,
      balanceAfter: r.balance_after,
      description: r.description,
      createdAt: r.created_at,
    })),
    nextCursor:
      rows.length > limit && last ? encodeCreatedAtCursor("-created_at", last.at, last.id) : null,
  };
}
