import { sql } from "kysely";
import { expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { useTestDb } from "../helpers/db";

useTestDb();

// A policy that passes the row's org_id to is_org_member()/has_org_role() runs that (security
// definer, never inlined) function once per row the query looks at. Ask "which organizations is
// the caller in" once per statement instead: org_id = any (array(select public.member_org_ids())).
it("no policy asks about membership row by row", async () => {
  const policies = await asServiceRole(async (tx) => {
    const { rows } = await sql<{ name: string; expr: string }>`
      select tablename || '.' || policyname as name,
             coalesce(qual, '') || ' ' || coalesce(with_check, '') as expr
      from pg_policies where schemaname = 'public'`.execute(tx);
    return rows;
  });
  expect(policies.length).toBeGreaterThan(20);
  const perRow = policies.filter((p) =>
    /\b(is_org_member|has_org_role|org_role|shares_org_with)\s*\(/.test(p.expr),
  );
  expect(perRow.map((p) => p.name)).toEqual([]);
});
