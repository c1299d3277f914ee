import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { listLeads, listLeadsJson } from "@/lib/leads";
import { createOrganization } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";

// The REST API sends a page of leads as the JSON Postgres writes (LEAD_JSON); the dashboard and
// every other reader get objects through toLead. The two must never differ: same leads, same
// fields, same values, same cursors, for awkward values too.
useTestDb();

let admin: TestUser;
let orgId: string;

beforeAll(async () => {
  admin = await createUser("lead-json");
  orgId = (await createOrganization(admin.claims, { name: "Json Co" })).id;
  const awkward = [
    'Quote " and backslash \\ and </script>',
    "Tab\there, newline\nthere, bell \u0007",
    "Ünïcødé — 日本語 😀 \u2028 line separator",
    "",
    null,
  ];
  await asServiceRole((tx) =>
    sql`insert into public.scraped_leads (org_id, dedupe_key, name, title, company, email, phone,
          domain, website, linkedin_url, address, score, status, confidence, qualification_method,
          stage, tags, notes, source_url, created_at, updated_at)
        select ${orgId}::uuid, 'json-' || i, (${awkward}::text[])[1 + i % 5], 'CEO ' || i,
               'Company ' || i, case when i % 4 = 0 then null else 'p' || i || '@c.test' end,
               case when i % 3 = 0 then '+4930123456' || (i % 10) end, 'c' || i || '.test',
               'https://c' || i || '.test/', null, 'Street ' || i,
               case when i % 7 = 0 then null else i % 101 end,
               (array['hot','warm','cold'])[1 + i % 3],
               (array[null, 0, 0.1, 0.333, 1, 0.05]::numeric[])[1 + i % 6],
               (array['rules','llm'])[1 + i % 2], 'new',
               case when i % 2 = 0 then array['a', 'b "c"'] else '{}' end,
               case when i % 5 = 0 then 'Note ' || i end, 'https://c' || i || '.test/team',
               '2026-03-01 12:00:00.999999+00'::timestamptz - (i * 1001 || ' microseconds')::interval,
               '2026-03-02 00:00:00+00'::timestamptz + (i || ' milliseconds')::interval
        from generate_series(1, 130) as i`.execute(tx),
  );
});

async function bothWays(query: Record<string, unknown>) {
  const objects = await listLeads(admin.claims, orgId, query);
  const json = await listLeadsJson(admin.claims, orgId, query);
  return { objects, json: { data: JSON.parse(json.json) as unknown, next: json.next_cursor } };
}

describe("a lead page as Postgres writes it", () => {
  for (const sort of ["-created_at", "created_at", "-score", "score"]) {
    it(`equals the objects page by page, sorted by ${sort}`, async () => {
      let cursor: string | undefined;
      let pages = 0;
      do {
        const { objects, json } = await bothWays({
          sort,
          limit: 40,
          ...(cursor ? { cursor } : {}),
        });
        expect(json.data).toEqual(objects.data);
        expect(json.next).toBe(objects.next_cursor);
        cursor = objects.next_cursor ?? undefined;
        pages++;
      } while (cursor);
      expect(pages).toBe(4);
    });
  }

  it("equals the objects under filters and search, and on an empty page", async () => {
    for (const query of [
      { status: "hot", has_email: "true", min_score: "10" },
      { q: "Company", limit: 7 },
      { stage: "won" },
    ]) {
      const { objects, json } = await bothWays(query);
      expect(json.data).toEqual(objects.data);
      expect(json.next).toBe(objects.next_cursor);
    }
    expect((await listLeadsJson(admin.claims, orgId, { stage: "won" })).json).toBe("[]");
  });

  it("refuses a bad query with every field error, like the object page", async () => {
    await expect(
      listLeadsJson(admin.claims, orgId, { limit: "-1", sort: "x" }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { limit: expect.any(Array), sort: expect.any(Array) },
    });
  });
});
