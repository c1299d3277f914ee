import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { asServiceRole, withUser } from "@/lib/db";
import { moveLeadStage } from "@/lib/leads";
import { applyStageMove } from "@/lib/leads/move-stage";
import { unique, useTestDb } from "../helpers/db";
import { gate, waitFor } from "../inngest/harness";
import { createApiOrg, seedLeads, type ApiOrg } from "../api/harness/world";

// Two moves of one lead at once. Move A has read "new" and written "contacted" but not committed
// when move B, which also read "new" (Postgres shows it the committed row), tries to write "lost".
// B's write is a compare-and-set on the stage it read, so once A commits B finds no row in "new"
// and answers 409: "lost" never lands on top of "contacted" with a history row claiming new → lost.
// On Postgres (pnpm test:pg) B really waits on A's row lock; PGlite runs transactions one at a
// time, so there B starts after A and its own read refuses it — the same outcome.

useTestDb();

let org: ApiOrg;
beforeAll(async () => {
  org = await createApiOrg();
});

const onPostgres = () => Boolean(process.env.DATABASE_URL);

describe("concurrent stage moves", () => {
  it("never both apply from the same old stage", async () => {
    const [leadId] = await seedLeads(org.orgId, 1, () => ({ email: `${unique("r")}@race.test` }));
    const actor = { claims: org.claims };
    const written = gate();
    const commit = gate();
    const a = withUser(org.claims, async (tx) => {
      const change = await applyStageMove(tx, org.orgId, leadId!, "contacted", actor);
      written.open();
      await commit.promise;
      return change;
    });
    await written.promise;
    const b = moveLeadStage(actor, org.orgId, leadId!, { stage: "lost", from: "new" }).then(
      () => "applied",
      (err: { code?: string }) => err.code,
    );
    if (onPostgres())
      await waitFor("move B waiting on move A's row lock", async () =>
        asServiceRole(async (tx) => {
          const { rows } = await sql<{
            n: string;
          }>`select count(*) as n from pg_locks where not granted`.execute(tx);
          return Number(rows[0]!.n) > 0;
        }),
      );
    commit.open();
    expect((await a)?.to).toBe("contacted");
    expect(await b).toBe("conflict");

    const rows = await asServiceRole((tx) =>
      tx
        .selectFrom("lead_stage_changes")
        .select(["from_stage", "to_stage"])
        .where("lead_id", "=", leadId!)
        .execute(),
    );
    expect(rows).toEqual([{ from_stage: "new", to_stage: "contacted" }]);
    const lead = await asServiceRole((tx) =>
      tx
        .selectFrom("scraped_leads")
        .select("stage")
        .where("id", "=", leadId!)
        .executeTakeFirstOrThrow(),
    );
    expect(lead.stage).toBe("contacted");
  });
});
