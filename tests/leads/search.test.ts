import { sql } from "kysely";
import { describe, expect, it, beforeAll } from "vitest";
import { asServiceRole, withUser } from "@/lib/db";
import { listLeads } from "@/lib/leads";
import { createOrganization } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";

// Full-text search takes one of two plans (lib/leads narrowSearch): the GIN index through
// lead_search_ids when matches are few, a filter on the ordered scan when they are many. Both
// must give the same answers, and the function must never answer for another organization.
useTestDb();

let admin: TestUser;
let outsider: TestUser;
let orgId: string;
let otherOrgId: string;

async function seed(org: string, prefix: string, name: string, n: number) {
  await asServiceRole((tx) =>
    sql`insert into public.scraped_leads (org_id, dedupe_key, name, company, domain, created_at)
        select ${org}::uuid, ${prefix} || i, ${name} || ' ' || i, 'Company ' || i, 'c' || i || '.test',
               now() - (i || ' seconds')::interval
        from generate_series(1, ${n}::int) as i`.execute(tx),
  );
}

async function searchAll(user: TestUser, org: string, q: string): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listLeads(user.claims, org, {
      q,
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    names.push(...page.data.map((l) => l.name ?? ""));
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return names;
}

beforeAll(async () => {
  admin = await createUser("search-admin");
  outsider = await createUser("search-outsider");
  orgId = (await createOrganization(admin.claims, { name: "Search Co" })).id;
  otherOrgId = (await createOrganization(outsider.claims, { name: "Other Co" })).id;
  await seed(orgId, "broad-", "Acme", 2100); // more than the narrow path takes
  await seed(orgId, "narrow-", "Zeta", 3);
  await seed(otherOrgId, "theirs-", "Zeta", 5);
});

describe("lead search", () => {
  it("finds the same leads through the index (few matches) and as a filter (many)", async () => {
    const narrow = await searchAll(admin, orgId, "zeta");
    expect(narrow).toEqual(["Zeta 1", "Zeta 2", "Zeta 3"]);
    const broad = await searchAll(admin, orgId, "acme");
    expect(broad).toHaveLength(2100);
    expect(new Set(broad).size).toBe(2100);
    expect(await searchAll(admin, orgId, "nothing-matches-this")).toEqual([]);
  });

  it("never answers for an organization the caller is not in", async () => {
    expect(await searchAll(outsider, orgId, "zeta")).toEqual([]);
    const direct = await withUser(outsider.claims, (tx) =>
      sql<{
        id: string;
      }>`select id from public.lead_search_ids(${orgId}, 'zeta', 100) as id`.execute(tx),
    );
    expect(direct.rows).toEqual([]);
    // Their own five stay theirs; our three stay ours.
    expect(await searchAll(outsider, otherOrgId, "zeta")).toHaveLength(5);
  });
});
