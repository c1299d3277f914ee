import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { listCreditLedger } from "@/lib/credits";
import { asServiceRole } from "@/lib/db";
import { createOrganization } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser } from "../orgs/fixtures";

useTestDb();

describe("credit ledger pages", () => {
  it("pages newest first without skipping entries written within one millisecond", async () => {
    const admin = await createUser();
    const org = await createOrganization(admin.claims, { name: "Ledger Org" });
    // Five entries 100 µs apart inside one millisecond, plus the sign-up grant.
    await asServiceRole(async (tx) => {
      for (let i = 0; i < 5; i++)
        await tx
          .insertInto("credit_transactions")
          .values({
            org_id: org.id,
            kind: "adjustment",
            amount: 1,
            balance_after: 100 + i,
            idempotency_key: `test-${i}`,
            description: `entry ${i}`,
            created_at: sql<Date>`'2030-01-01 00:00:00.000100+00'::timestamptz + ${i} * interval '100 microseconds'`,
          })
          .execute();
    });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listCreditLedger(admin.claims, org.id, { cursor, limit: 2 });
      seen.push(...page.entries.map((e) => e.description ?? ""));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([
      "entry 4",
      "entry 3",
      "entry 2",
      "entry 1",
      "entry 0",
      expect.any(String),
    ]);
  });

  it("answers a forged cursor with a field error and another tenant's ledger with nothing", async () => {
    const a = await createUser();
    const b = await createUser();
    const orgA = await createOrganization(a.claims, { name: "A" });
    await createOrganization(b.claims, { name: "B" });
    await expect(listCreditLedger(a.claims, orgA.id, { cursor: "bm9wZQ" })).rejects.toMatchObject({
      code: "validation_failed",
      fields: { cursor: expect.any(Array) },
    });
    const forged = Buffer.from(JSON.stringify(["1; drop table x", crypto.randomUUID()])).toString(
      "base64url",
    );
    await expect(listCreditLedger(a.claims, orgA.id, { cursor: forged })).rejects.toMatchObject({
      code: "validation_failed",
    });
    expect((await listCreditLedger(b.claims, orgA.id)).entries).toEqual([]);
    expect((await listCreditLedger(a.claims, orgA.id)).entries.length).toBe(1);
  });
});
