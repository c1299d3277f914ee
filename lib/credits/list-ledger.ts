import { sql } from "kysely";
import { z } from "zod";
import { pageLimit } from "@/lib/api/cursor";
import { withUser, type CreditTransactionsTable, type JwtClaims } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";

// The credit ledger a page at a time, newest first, for any member (RLS: credit_transactions_select).
// The cursor carries created_at as Postgres prints it, microseconds included: a JS Date keeps
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

const ZCursorSchema = z.tuple([
  z.string().regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/),
  z.uuid(),
]);

function decode(cursor: string): [string, string] {
  try {
    const parsed = ZCursorSchema.safeParse(
      JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")),
    );
    if (parsed.success) return parsed.data;
  } catch {
    // not base64 JSON: same answer as a well-formed but wrong cursor
  }
  throw new AppError("validation_failed", "The cursor is not valid", {
    fields: { cursor: ["Start again from the newest entries"] },
  });
}

const encode = (at: string, id: string) =>
  Buffer.from(JSON.stringify([at, id])).toString("base64url");

export async function listCreditLedger(
  claims: JwtClaims,
  orgId: string,
  query: LedgerQuery = {},
): Promise<{ entries: LedgerEntry[]; nextCursor: string | null }> {
  const parsed = ZLedgerQuerySchema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, "The ledger query is invalid");
  const { cursor, limit } = parsed.data;
  const after = cursor ? decode(cursor) : undefined;
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
        sql<string>`created_at::text`.as("at"),
      ])
      .where("org_id", "=", orgId);
    if (after)
      q = q.where(sql<boolean>`(created_at, id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
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
    nextCursor: rows.length > limit && last ? encode(last.at, last.id) : null,
  };
}
