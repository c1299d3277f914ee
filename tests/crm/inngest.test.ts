import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendEvent } from "@/inngest/client";
import { jobFinished } from "@/inngest/events";
import { crmFunctions } from "@/inngest/functions/crm";
import type { LocalExecutor } from "@/inngest/local";
import { requestPush, setPushCompletedJobs } from "@/lib/crm";
import { asServiceRole } from "@/lib/db";
import { createOrganization } from "@/lib/orgs";
import { runsOf, startExecutor, useExecutorDb } from "../inngest/harness";
import { createUser, type TestUser } from "../orgs/fixtures";
import type { HubSpotServer } from "@/tests/fakes/hubspot/server";
import { connectHubSpot, seedJob, startHubSpot } from "./world";

// The triggers run through Inngest (the embedded executor driving the real serve() handler): a
// requested push is run by crm-push, and a completed job is pushed only once an admin opted in.

useExecutorDb();

let hs: HubSpotServer;
let executor: LocalExecutor;
let admin: TestUser;
let orgId: string;

beforeAll(async () => {
  hs = await startHubSpot();
  executor = await startExecutor(crmFunctions);
  admin = await createUser("crm-inngest");
  orgId = (await createOrganization(admin.claims, { name: "Inngest CRM Co" })).id;
  await connectHubSpot(admin.claims, orgId);
}, 60_000);
afterAll(async () => {
  await executor?.stop();
  await hs?.stop();
});

/** Waits (polling, no time limit asserted) until `check` returns a value. */
async function until<T>(check: () => Promise<T | undefined | null>): Promise<T> {
  for (;;) {
    const value = await check();
    if (value) return value;
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

const pushRow = (where: { id?: string; jobId?: string }) =>
  asServiceRole((tx) => {
    let q = tx.selectFrom("crm_pushes").selectAll().where("org_id", "=", orgId);
    if (where.id) q = q.where("id", "=", where.id);
    if (where.jobId) q = q.where("job_id", "=", where.jobId);
    return q.where("status", "in", ["succeeded", "failed"]).executeTakeFirst();
  });

describe("CRM pushes through Inngest", () => {
  it("a requested push is run by the crm-push function", async () => {
    const job = await seedJob(orgId, admin.id, 4, 1);
    const { push_id } = await requestPush(admin.claims, orgId, { job_id: job.jobId }, "bulk");
    const row = await until(() => pushRow({ id: push_id }));
    expect(row).toMatchObject({ status: "succeeded", created_count: 4 + 4 + 4, source: "bulk" });
    expect(hs.companies.size).toBe(4);
  });

  it("a completed job is pushed only once the organization opted in", async () => {
    const before = await seedJob(orgId, admin.id, 2, 1);
    await sendEvent(jobFinished.create({ jobId: before.jobId, orgId, status: "completed" }));
    const skipped = await until(async () =>
      (await runsOf("crm-push-completed-job")).find(
        (r) => r.event.data.jobId === before.jobId && r.status === "completed",
      ),
    );
    expect(skipped.output).toBeNull();

    await setPushCompletedJobs(admin.claims, orgId, "hubspot", true);
    const after = await seedJob(orgId, admin.id, 3, 1);
    await sendEvent(jobFinished.create({ jobId: after.jobId, orgId, status: "completed" }));
    const row = await until(() => pushRow({ jobId: after.jobId }));
    expect(row).toMatchObject({ status: "succeeded", source: "job", requested_by: null });
    expect(hs.companies.size).toBe(4 + 3);
  });
});
