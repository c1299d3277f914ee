import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { asServiceRole } from "@/lib/db";
import { EXPORT_FORBIDDEN_MESSAGE, getLead, listLeads } from "@/lib/leads";
import { useTestDb } from "../helpers/db";
import { seedLeads } from "../api/harness/world";
import { createTestOrg, mockSession, signedIn, type TestOrg } from "./settings-session";

// The leads table's server side: the session-authenticated CSV export route (current filter or
// a selection, formula-safe) and the bulk and lead-page actions, refused to viewers.

vi.mock("@/lib/auth", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth")>()),
  requireSession: mockSession,
  getSession: async () => (signedIn.user ? mockSession() : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { GET: exportRoute } = await import("@/app/api/dashboard/leads/export/route");
const { bulkStageAction, bulkDeleteAction, moveLeadStageAction, addLeadNoteAction } =
  await import("@/lib/leads/actions");

useTestDb();

let org: TestOrg;
let other: TestOrg;
let ids: string[];
let strangerIds: string[];

const NASTY = ['=HYPERLINK("http://evil.test")', "+SUM(A1)", "-2+3", "@cmd", "Plain Co"];

beforeAll(async () => {
  [org, other] = [await createTestOrg("Leads Org"), await createTestOrg("Other Org")];
  ids = await seedLeads(org.orgId, 10, (i) => ({
    company: NASTY[i % NASTY.length],
    email: `p${i}@leads-${i}.test`,
    status: i < 4 ? "hot" : "cold",
    score: 90 - i,
  }));
  strangerIds = await seedLeads(other.orgId, 2, (i) => ({ email: `s${i}@other.test` }));
});

const get = (qs: string) =>
  exportRoute(new Request(`http://app.test/api/dashboard/leads/export?${qs}`), {
    params: Promise.resolve({}),
  });

function rowsOf(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
}

describe("GET /api/dashboard/leads/export", () => {
  it("streams the current filter as CSV with every formula-like cell defused", async () => {
    signedIn.user = org.member;
    const res = await get("status=hot&sort=-score");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="leads-.*\.csv"$/,
    );
    const rows = rowsOf(await res.text());
    expect(rows.map((r) => r.email)).toEqual([0, 1, 2, 3].map((i) => `p${i}@leads-${i}.test`));
    expect(rows.map((r) => r.company)).toEqual([
      '\'=HYPERLINK("http://evil.test")',
      "'+SUM(A1)",
      "'-2+3",
      "'@cmd",
    ]);
  });

  it("exports just a selection, and never another organization's leads", async () => {
    signedIn.user = org.member;
    const res = await get(`ids=${[ids[5], ids[6], strangerIds[0]].join(",")}`);
    expect(res.status).toBe(200);
    const emails = rowsOf(await res.text()).map((r) => r.email);
    expect(emails.sort()).toEqual(["p5@leads-5.test", "p6@leads-6.test"]);
  });

  it("refuses a viewer's export, of the filter or of a selection, with 403 (security #16 item 11)", async () => {
    signedIn.user = org.viewer;
    for (const qs of ["status=hot", `ids=${ids[0]}`]) {
      const res = await get(qs);
      expect(res.status, qs).toBe(403);
      const body = await res.json();
      expect(body.error).toMatchObject({ code: "forbidden", message: EXPORT_FORBIDDEN_MESSAGE });
    }
    signedIn.user = org.admin;
    expect((await get(`ids=${ids[0]}`)).status).toBe(200);
  });

  it("answers 422 with every bad filter named, and 401 without a session", async () => {
    signedIn.user = org.member;
    const bad = await get("min_score=abc&status=lukewarm&ids_wrong=1");
    expect(bad.status).toBe(422);
    const body = await bad.json();
    expect(Object.keys(body.error.fields).sort()).toEqual(["_", "min_score", "status"].sort());
    const badIds = await get("ids=not-a-uuid");
    expect(badIds.status).toBe(422);

    signedIn.user = null;
    const anon = await get("");
    expect(anon.status).toBe(401);
  });
});

describe("bulk actions on selected leads", () => {
  it("refuses a viewer's stage change and delete, changing nothing", async () => {
    signedIn.user = org.viewer;
    const stage = await bulkStageAction({ orgId: org.orgId, ids: ids.slice(0, 2), stage: "won" });
    expect(stage).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const del = await bulkDeleteAction({ orgId: org.orgId, ids: ids.slice(0, 2) });
    expect(del).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const lead = await getLead(org.admin.claims, org.orgId, ids[0]!);
    expect(lead.stage).toBe("new");
  });

  it("lists every field error of a bad selection", async () => {
    signedIn.user = org.member;
    const none = await bulkStageAction({ orgId: org.orgId, ids: [], stage: "later" as "won" });
    expect(none).toMatchObject({ ok: false, error: { code: "validation_failed" } });
    if (none.ok) return;
    expect(none.error.fields).toEqual({
      ids: ["Select at least one lead"],
      stage: [expect.any(String)],
    });
    const junk = await bulkDeleteAction({ orgId: org.orgId, ids: ["x"] });
    expect(junk).toMatchObject({ ok: false, error: { fields: { "ids.0": [expect.any(String)] } } });
  });

  it("moves and deletes a member's selection in one go, never touching another org", async () => {
    signedIn.user = org.member;
    const moved = await bulkStageAction({
      orgId: org.orgId,
      ids: [ids[7]!, ids[8]!, strangerIds[0]!],
      stage: "contacted",
    });
    expect(moved).toEqual({ ok: true, data: { updated: 2 } });
    const contacted = await listLeads(org.admin.claims, org.orgId, { stage: "contacted" });
    expect(contacted.data.map((l) => l.id).sort()).toEqual([ids[7], ids[8]].sort());

    const deleted = await bulkDeleteAction({ orgId: org.orgId, ids: [ids[9]!, strangerIds[1]!] });
    expect(deleted).toEqual({ ok: true, data: { deleted: 1 } });
    await expect(getLead(org.admin.claims, org.orgId, ids[9]!)).rejects.toMatchObject({
      code: "not_found",
    });
    const theirs = await asServiceRole((tx) =>
      tx
        .selectFrom("scraped_leads")
        .select(["id", "stage"])
        .where("org_id", "=", other.orgId)
        .execute(),
    );
    expect(theirs).toHaveLength(2);
    expect(theirs.every((l) => l.stage === "new")).toBe(true);
  });
});

describe("the lead page's stage buttons and notes", () => {
  it("moves a member's lead, refuses a viewer, and names a too-long note", async () => {
    signedIn.user = org.viewer;
    const refused = await moveLeadStageAction({
      orgId: org.orgId,
      id: ids[1]!,
      stage: "contacted",
      from: "new",
    });
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const viewerNote = await addLeadNoteAction({ orgId: org.orgId, id: ids[1]!, body: "hi" });
    expect(viewerNote).toMatchObject({ ok: false, error: { code: "forbidden" } });

    signedIn.user = org.member;
    const long = await addLeadNoteAction({
      orgId: org.orgId,
      id: ids[1]!,
      body: "x".repeat(10_001),
    });
    expect(long).toMatchObject({
      ok: false,
      error: { code: "validation_failed", fields: { body: [expect.stringContaining("10,000")] } },
    });
    const blank = await addLeadNoteAction({ orgId: org.orgId, id: ids[1]!, body: "   " });
    expect(blank).toMatchObject({
      ok: false,
      error: { fields: { body: ["Write something first"] } },
    });
    expect((await getLead(org.admin.claims, org.orgId, ids[1]!)).notes).toBeNull();

    const moved = await moveLeadStageAction({
      orgId: org.orgId,
      id: ids[1]!,
      stage: "contacted",
      from: "new",
    });
    expect(moved).toEqual({ ok: true, data: { stage: "contacted", moved: true } });
    const note = await addLeadNoteAction({ orgId: org.orgId, id: ids[1]!, body: "Call Tuesday" });
    expect(note).toMatchObject({ ok: true });
    // The lead's notes field shows the latest note, for the list and CSV exports.
    expect((await getLead(org.admin.claims, org.orgId, ids[1]!)).notes).toBe("Call Tuesday");
  });
});
