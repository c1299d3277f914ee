import { beforeAll, describe, expect, it } from "vitest";
import { asServiceRole, withUser } from "@/lib/db";
import { unique, useTestDb } from "../helpers/db";
import {
  callApi,
  createApiOrg,
  seedLeads as seedRows,
  useUnlimited,
  type ApiOrg,
} from "../api/harness/world";
import { createTestOrg, type TestOrg } from "../dashboard/settings-session";

// The pipeline through the REST API: moves only along the machine (lib/leads/stages.ts), a row of
// history per move naming the key and its member, the first time each stage was reached, and a
// notes thread that keeps the old notes field as its first entry.

useTestDb();

interface Answer<T = Record<string, unknown>> {
  status: number;
  data: T;
  error: {
    code: string;
    message: string;
    fields?: Record<string, string[]>;
    details?: Record<string, unknown>;
  } | null;
}

async function call<T = Record<string, unknown>>(
  method: string,
  path: string,
  key: string,
  body?: unknown,
): Promise<Answer<T>> {
  const res = await callApi(method, path, key, body);
  const json = (await res.json()) as { data: T; error: Answer["error"] };
  return { status: res.status, data: json.data, error: json.error };
}

/** seedLeads with an email of its own per lead, so calls never collide on the dedupe key. */
const seedLeads = (orgId: string, n: number, make: Parameters<typeof seedRows>[2] = () => ({})) =>
  seedRows(orgId, n, (i) => ({ email: `${unique("p")}@pipeline.test`, ...make(i) }));

const historyRows = (leadId: string) =>
  asServiceRole((tx) =>
    tx
      .selectFrom("lead_stage_changes")
      .selectAll()
      .where("lead_id", "=", leadId)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
  );
const stageOf = async (leadId: string) =>
  (
    await asServiceRole((tx) =>
      tx
        .selectFrom("scraped_leads")
        .select("stage")
        .where("id", "=", leadId)
        .executeTakeFirstOrThrow(),
    )
  ).stage;

let org: ApiOrg;
let keyId: string;

beforeAll(async () => {
  useUnlimited();
  org = await createApiOrg();
  keyId = org.keyIds.all;
});

type Move = { lead: { stage: string }; change: { from: string; to: string; api_key_id: string } };
type History = {
  stage: string;
  first_reached: Record<string, string>;
  changes: {
    from: string | null;
    to: string;
    actor: { id: string } | null;
    api_key: { id: string } | null;
  }[];
};

describe("POST /api/v1/leads/{id}/stage", () => {
  it("walks a lead to won, one history row per move with the key and its member", async () => {
    const [lead] = await seedLeads(org.orgId, 1);
    const path = ["contacted", "qualified", "proposal", "won"];
    let from = "new";
    for (const stage of path) {
      const moved = await call<Move>("POST", `/leads/${lead}/stage`, org.keys.all, { stage, from });
      expect(moved.status, JSON.stringify(moved.error)).toBe(200);
      expect(moved.data.lead.stage).toBe(stage);
      expect(moved.data.change).toMatchObject({ from, to: stage, api_key_id: keyId });
      from = stage;
    }
    const rows = await historyRows(lead!);
    expect(rows.map((r) => [r.from_stage, r.to_stage])).toEqual([
      ["new", "contacted"],
      ["contacted", "qualified"],
      ["qualified", "proposal"],
      ["proposal", "won"],
    ]);
    expect(rows.every((r) => r.actor_id === org.claims.sub && r.api_key_id === keyId)).toBe(true);

    // Reopened and won again: "first reached" keeps the first time, the history every move.
    expect(
      (await call("POST", `/leads/${lead}/stage`, org.keys.all, { stage: "qualified" })).status,
    ).toBe(200);
    expect(
      (await call("POST", `/leads/${lead}/stage`, org.keys.all, { stage: "proposal" })).status,
    ).toBe(200);
    const history = await call<History>("GET", `/leads/${lead}/history`, org.keys.read);
    expect(history.status).toBe(200);
    expect(history.data.stage).toBe("proposal");
    expect(history.data.changes).toHaveLength(6);
    expect(history.data.changes[0]).toMatchObject({
      from: "new",
      to: "contacted",
      actor: { id: org.claims.sub },
      api_key: { id: keyId },
    });
    expect(Object.keys(history.data.first_reached).sort()).toEqual(
      ["contacted", "new", "proposal", "qualified", "won"].sort(),
    );
    const firstQualified = rows.find((r) => r.to_stage === "qualified")!.created_at;
    expect(history.data.first_reached.qualified).toBe(new Date(firstQualified).toISOString());
  });

  it("refuses a move outside the machine with 422 naming the stage and what it allows", async () => {
    const [lead] = await seedLeads(org.orgId, 1);
    const jump = await call("POST", `/leads/${lead}/stage`, org.keys.write, { stage: "won" });
    expect(jump.status).toBe(422);
    expect(jump.error).toMatchObject({
      code: "validation_failed",
      fields: {
        stage: [expect.stringContaining("from new it can move to contacted, lost or archived")],
      },
      details: {
        current_stage: "new",
        requested_stage: "won",
        allowed: ["contacted", "lost", "archived"],
      },
    });
    // PATCH goes through the same machine, and a refused move writes nothing else either.
    const patch = await call("PATCH", `/leads/${lead}`, org.keys.write, {
      stage: "proposal",
      tags: ["vip"],
      notes: "should not land",
    });
    expect(patch.status).toBe(422);
    expect(patch.error?.details).toMatchObject({ current_stage: "new" });
    expect(await stageOf(lead!)).toBe("new");
    expect(await historyRows(lead!)).toEqual([]);
    const notes = await call<unknown[]>("GET", `/leads/${lead}/notes`, org.keys.read);
    expect(notes.data).toEqual([]);
    const read = await call<{ tags: string[] }>("GET", `/leads/${lead}`, org.keys.read);
    expect(read.data.tags).toEqual([]);
  });

  it("archives from any stage and restores only to new", async () => {
    const [lead] = await seedLeads(org.orgId, 1, () => ({ stage: "contacted" }));
    expect(
      (await call("POST", `/leads/${lead}/stage`, org.keys.write, { stage: "archived" })).status,
    ).toBe(200);
    const back = await call("POST", `/leads/${lead}/stage`, org.keys.write, { stage: "contacted" });
    expect(back.status).toBe(422);
    expect(back.error?.message).toBe(
      "A lead in stage archived cannot move to contacted; from archived it can move to new",
    );
    expect(
      (await call("POST", `/leads/${lead}/stage`, org.keys.write, { stage: "new" })).status,
    ).toBe(200);
  });

  it("answers 409 when the lead moved since the stage the caller saw, and changes nothing", async () => {
    const [lead] = await seedLeads(org.orgId, 1);
    const [a, b] = await Promise.all([
      call("POST", `/leads/${lead}/stage`, org.keys.write, { stage: "contacted", from: "new" }),
      call("POST", `/leads/${lead}/stage`, org.keys.write, { stage: "lost", from: "new" }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.error?.code).toBe("conflict");
    const rows = await historyRows(lead!);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.from_stage).toBe("new");
    expect(await stageOf(lead!)).toBe(rows[0]!.to_stage);
  });

  it("moving to the current stage is a no-op; bad bodies, read keys and other tenants are refused", async () => {
    const [lead] = await seedLeads(org.orgId, 1);
    const same = await call<Move>("POST", `/leads/${lead}/stage`, org.keys.write, { stage: "new" });
    expect(same.status).toBe(200);
    expect(same.data.change).toBeNull();
    const bad = await call("POST", `/leads/${lead}/stage`, org.keys.write, {
      stage: "later",
      from: 3,
      extra: true,
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.error!.fields!).sort()).toEqual(["_", "from", "stage"].sort());
    expect(
      (await call("POST", `/leads/${lead}/stage`, org.keys.read, { stage: "contacted" })).status,
    ).toBe(403);
    const other = await createApiOrg();
    const theirs = await call("POST", `/leads/${lead}/stage`, other.keys.all, {
      stage: "contacted",
    });
    expect(theirs.status).toBe(404);
    expect((await call("GET", `/leads/${lead}/history`, other.keys.all)).status).toBe(404);
    expect((await call("POST", `/leads/${lead}/notes`, other.keys.all, { body: "x" })).status).toBe(
      404,
    );
    expect(await historyRows(lead!)).toEqual([]);
  });
});

describe("bulk stage moves in the dashboard", () => {
  let team: TestOrg;
  beforeAll(async () => {
    team = await createTestOrg("Bulk Pipeline");
  });

  it("moves nothing when any selected lead may not make the move, and says which", async () => {
    const { updateLeadsStage } = await import("@/lib/leads");
    const ids = await seedLeads(team.orgId, 3, (i) => ({ stage: i === 2 ? "contacted" : "new" }));
    const actor = { claims: team.member.claims };
    await expect(
      updateLeadsStage(actor, team.orgId, { ids, stage: "qualified" }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: {
        stage: [expect.stringMatching(/^2 selected leads are new: .*contacted, lost or archived$/)],
      },
    });
    const stages = await Promise.all(ids.map(stageOf));
    expect(stages).toEqual(["new", "new", "contacted"]);

    // Leads already in the target stage are left alone; the others move, each with its history.
    expect(await updateLeadsStage(actor, team.orgId, { ids, stage: "contacted" })).toEqual({
      updated: 2,
    });
    const rows = await Promise.all(ids.map(historyRows));
    expect(rows.map((r) => r.length)).toEqual([1, 1, 0]);
    expect(rows[0]![0]).toMatchObject({
      from_stage: "new",
      to_stage: "contacted",
      actor_id: team.member.id,
      api_key_id: null,
    });
  });
});

describe("the notes thread", () => {
  it("keeps the old notes field as the first note and adds notes with author and time", async () => {
    const [lead] = await seedLeads(org.orgId, 1, () => ({ notes: "Met at the fair" }));
    // What migration 0025 does for leads that had notes before the thread existed.
    await asServiceRole((tx) =>
      tx
        .insertInto("lead_notes")
        .columns(["org_id", "lead_id", "body", "created_at"])
        .expression((eb) =>
          eb
            .selectFrom("scraped_leads")
            .select(["org_id", "id", "notes", "updated_at"])
            .where("id", "=", lead!)
            .where("notes", "is not", null),
        )
        .execute(),
    );
    const added = await call<{ body: string; author: { id: string }; api_key_id: string }>(
      "POST",
      `/leads/${lead}/notes`,
      org.keys.write,
      { body: "Called: wants a demo" },
    );
    expect(added.status).toBe(201);
    expect(added.data).toMatchObject({
      body: "Called: wants a demo",
      author: { id: org.claims.sub },
      api_key_id: expect.any(String),
    });
    const patched = await call<{ notes: string }>("PATCH", `/leads/${lead}`, org.keys.write, {
      notes: "Demo booked",
    });
    expect(patched.data.notes).toBe("Demo booked");
    const thread = await call<{ body: string; author: unknown }[]>(
      "GET",
      `/leads/${lead}/notes`,
      org.keys.read,
    );
    expect(thread.data.map((n) => n.body)).toEqual([
      "Met at the fair",
      "Called: wants a demo",
      "Demo booked",
    ]);
    expect(thread.data[0]!.author).toBeNull();

    const empty = await call("POST", `/leads/${lead}/notes`, org.keys.write, { body: "  " });
    expect(empty.status).toBe(422);
    expect(empty.error?.fields).toEqual({ body: ["Write something first"] });
    const cleared = await call("PATCH", `/leads/${lead}`, org.keys.write, { notes: null });
    expect(cleared.status).toBe(422);
    expect(cleared.error?.fields?.notes?.[0]).toMatch(/thread/);
  });

  it("lets a member edit only their own notes (RLS)", async () => {
    const team = await createTestOrg("Notes Org");
    const [lead] = await seedLeads(team.orgId, 1);
    const { addLeadNote } = await import("@/lib/leads");
    const mine = await addLeadNote({ claims: team.admin.claims }, team.orgId, lead!, {
      body: "admin's",
    });
    const edited = await withUser(team.member.claims, (tx) =>
      tx.updateTable("lead_notes").set({ body: "forged" }).where("id", "=", mine.id).execute(),
    );
    expect(Number(edited[0]!.numUpdatedRows)).toBe(0);
    const own = await withUser(team.admin.claims, (tx) =>
      tx
        .updateTable("lead_notes")
        .set({ body: "admin's, edited" })
        .where("id", "=", mine.id)
        .execute(),
    );
    expect(Number(own[0]!.numUpdatedRows)).toBe(1);
  });
});
