import { sql } from "kysely";
import { asServiceRole, withUser, type JwtClaims, type Plan } from "@/lib/db";
import { functions } from "@/inngest/functions";
import type { LocalExecutor, LocalExecutorOptions } from "@/inngest/local";
import { afterAll, beforeAll } from "vitest";
import { closeMcpConnections } from "@/lib/mcp";
import { startExecutor, waitFor } from "../inngest/harness";
import { useFixtureDns } from "./fixture-dns";
import { serveFixtureWeb, type FixtureWeb } from "./fixture-web";
import { createUser } from "../orgs/fixtures";
import { unique } from "../helpers/db";

export interface TestOrg {
  orgId: string;
  claims: JwtClaims;
}

/** A user with their own organization, its plan and credit balance set as given. */
export async function createOrg(balance: number, plan: Plan = "free"): Promise<TestOrg> {
  const user = await createUser("pipeline");
  const slug = unique("org")
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, "-")
    .slice(0, 40)
    .replace(/-+$/, "");
  const org = await withUser(user.claims, async (tx) => {
    const { rows } = await sql<{
      id: string;
    }>`select id from public.create_organization(${"Pipeline Co"}, ${slug})`.execute(tx);
    return rows[0]!.id;
  });
  await asServiceRole(async (tx) => {
    await tx.updateTable("credits").set({ balance }).where("org_id", "=", org).execute();
    await tx.updateTable("subscriptions").set({ plan }).where("org_id", "=", org).execute();
  });
  return { orgId: org, claims: user.claims };
}

/** The real job functions (inngest/functions) under the embedded executor. */
export function startPipeline(opts: Partial<LocalExecutorOptions> = {}): Promise<LocalExecutor> {
  return startExecutor(functions, { concurrency: 16, ...opts });
}

/**
 * One test file's world: fixture DNS, `serveFixtureWeb(...sites)` on loopback and the pipeline
 * executor, all closed after the file. `world.web` is there once the file's tests run.
 */
export function usePipelineWorld(
  sites: Parameters<typeof serveFixtureWeb>,
  executorOpts: Partial<LocalExecutorOptions> = {},
): { web: FixtureWeb } {
  const world = {} as { web: FixtureWeb };
  let dns: Awaited<ReturnType<typeof useFixtureDns>> | undefined;
  let executor: LocalExecutor | undefined;
  beforeAll(async () => {
    dns = await useFixtureDns();
    world.web = await serveFixtureWeb(...sites);
    executor = await startPipeline(executorOpts);
  }, 120_000);
  afterAll(async () => {
    await dns?.close();
    await executor?.stop();
    await closeMcpConnections();
    await world.web?.close();
  });
  return world;
}

export async function jobRow(jobId: string) {
  return asServiceRole((tx) =>
    tx.selectFrom("scraping_jobs").selectAll().where("id", "=", jobId).executeTakeFirstOrThrow(),
  );
}

export function waitForJobEnd(jobId: string, ms = 240_000) {
  return waitFor(
    `job ${jobId} to end`,
    async () => {
      const row = await jobRow(jobId);
      return row.completed_at ? row : undefined;
    },
    ms,
  );
}

export async function creditsOf(orgId: string) {
  return asServiceRole((tx) =>
    tx
      .selectFrom("credits")
      .select(["balance", "reserved"])
      .where("org_id", "=", orgId)
      .executeTakeFirstOrThrow(),
  );
}

export async function ledgerOf(orgId: string) {
  return asServiceRole((tx) =>
    tx
      .selectFrom("credit_transactions")
      .select(["kind", "amount", "job_id", "idempotency_key", "balance_after"])
      .where("org_id", "=", orgId)
      .orderBy("created_at")
      .execute(),
  );
}

export async function leadsOf(orgId: string) {
  return asServiceRole((tx) =>
    tx
      .selectFrom("scraped_leads")
      .select([
        "id",
        "dedupe_key",
        "email",
        "company",
        "score",
        "status",
        "sources",
        "qualification_method",
      ])
      .where("org_id", "=", orgId)
      .execute(),
  );
}

export async function jobUrlsOf(jobId: string) {
  return asServiceRole((tx) =>
    tx.selectFrom("job_urls").selectAll().where("job_id", "=", jobId).execute(),
  );
}

export async function enrichmentOf(orgId: string) {
  return asServiceRole((tx) =>
    tx
      .selectFrom("lead_enrichment")
      .select(["lead_id", "provider", "type", "data", "confidence"])
      .where("org_id", "=", orgId)
      .execute(),
  );
}
