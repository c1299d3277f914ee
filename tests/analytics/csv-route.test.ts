import { beforeAll, describe, expect, it, vi } from "vitest";
import { asServiceRole } from "@/lib/db";
import { useTestDb } from "../helpers/db";
import { createTestOrg, mockSession, signedIn, type TestOrg } from "../dashboard/settings-session";

// The chart CSV download as the browser calls it: the session's current organization, any role,
// the same rows as the chart, formula cells defused, and clear 401 / 404 / 422 answers.

vi.mock("@/lib/auth", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth")>()),
  requireSession: mockSession,
  getSession: async () => (signedIn.user ? mockSession() : null),
}));

const { GET } = await import("@/app/api/dashboard/analytics/[chart]/route");

useTestDb();

let org: TestOrg;
let other: TestOrg;

async function lead(orgId: string, key: string, domain: string, at: string) {
  await asServiceRole((tx) =>
    tx
      .insertInto("scraped_leads")
      .values({ org_id: orgId, dedupe_key: key, domain, created_at: new Date(at) })
      .execute(),
  );
}

beforeAll(async () => {
  [org, other] = [await createTestOrg("Analytics Org"), await createTestOrg("Other Org")];
  await lead(org.orgId, "a1", "+sum.test", "2026-05-02T10:00:00Z");
  await lead(org.orgId, "a2", "+sum.test", "2026-05-03T10:00:00Z");
  await lead(org.orgId, "a3", "plain.test", "2026-05-03T11:00:00Z");
  await lead(other.orgId, "b1", "theirs.test", "2026-05-03T10:00:00Z");
});

const get = (chart: string, qs: string) =>
  GET(new Request(`http://app.test/api/dashboard/analytics/${chart}?${qs}`), {
    params: Promise.resolve({ chart }),
  });

const RANGE = "range=custom&from=2026-05-01&to=2026-05-03";

describe("GET /api/dashboard/analytics/{chart}", () => {
  it("gives a viewer the chart's rows for the range as a CSV file, formula cells defused", async () => {
    signedIn.user = org.viewer;
    const res = await get("top-sources", RANGE);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="leadscout-top-sources-2026-05-01-to-2026-05-03.csv"',
    );
    expect(await res.text()).toBe('source,leads\r\n"\'+sum.test",2\r\nplain.test,1\r\n');
  });

  it("counts the session's organization only, zero days included", async () => {
    signedIn.user = other.admin;
    const res = await get("leads-per-day", RANGE);
    expect((await res.text()).split("\r\n")).toEqual([
      "day,total,hot,warm,cold,unscored",
      "2026-05-01,0,0,0,0,0",
      "2026-05-02,0,0,0,0,0",
      "2026-05-03,1,0,0,0,1",
      "",
    ]);
  });

  it("answers an unknown chart with 404 and a bad range with 422 naming each field", async () => {
    signedIn.user = org.member;
    expect((await get("revenue", RANGE)).status).toBe(404);
    const bad = await get("top-sources", "range=custom&from=2026-05-09&to=2026-05-01");
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as {
      error: { code: string; fields: Record<string, string[]> };
    };
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.fields.to).toEqual(["The end date is before the start"]);
  });

  it("refuses a signed-out caller", async () => {
    signedIn.user = null;
    expect((await get("top-sources", RANGE)).status).toBe(401);
  });
});
