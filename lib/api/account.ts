import { z } from "zod";
import type { ApiScope } from "@/lib/db";
import { withUser, type JwtClaims } from "@/lib/db";
import { getCreditBalance } from "@/lib/credits";
import { iso } from "@/lib/serialize";
import type { ApiCaller } from "./authorize";

// What a key may learn about its own account: its organization and scopes (GET /me) and the
// credit balance with recent ledger entries (GET /credits). Reads only, under RLS.

export async function describeKey(caller: ApiCaller) {
  const org = await withUser(caller.claims, async (tx) => {
    const o = await tx
      .selectFrom("organizations")
      .leftJoin("subscriptions", "subscriptions.org_id", "organizations.id")
      .select([
        "organizations.id",
        "organizations.name",
        "organizations.slug",
        "subscriptions.plan",
      ])
      .where("organizations.id", "=", caller.orgId)
      .executeTakeFirst();
    const key = await tx
      .selectFrom("api_keys")
      .select(["name", "key_hint", "expires_at", "created_at"])
      .where("id", "=", caller.principal.keyId)
      .executeTakeFirst();
    return { o, key };
  });
  return {
    organization: {
      id: caller.orgId,
      name: org.o?.name ?? null,
      slug: org.o?.slug ?? null,
      plan: org.o?.plan ?? null,
    },
    api_key: {
      id: caller.principal.keyId,
      name: org.key?.name ?? null,
      hint: org.key?.key_hint ?? null,
      scopes: caller.principal.scopes as ApiScope[],
      expires_at: iso(org.key?.expires_at),
      created_at: iso(org.key?.created_at),
    },
  };
}

export const ZCreditsQuerySchema = z.strictObject({
  limit: z.coerce
    .number({ error: "Must be a number" })
    .int()
    .min(1)
    .max(100)
    .default(20)
    .describe("Ledger entries to return, newest first (1..100, default 20)"),
});

export async function creditsSummary(claims: JwtClaims, orgId: string, limit: number) {
  return withUser(claims, async (tx) => {
    const balance = await getCreditBalance(tx, orgId);
    const ledger = await tx
      .selectFrom("credit_transactions")
      .select(["id", "job_id", "kind", "amount", "balance_after", "description", "created_at"])
      .where("org_id", "=", orgId)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
    return {
      balance: balance.balance,
      reserved: balance.reserved,
      recent_transactions: ledger.map((t) => ({ ...t, created_at: iso(t.created_at)! })),
    };
  });
}
