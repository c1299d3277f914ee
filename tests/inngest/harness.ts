import { sql } from "kysely";
import { serve } from "inngest/next";
import type { InngestFunction } from "inngest";
import { afterAll, beforeAll } from "vitest";
import { asServiceRole } from "@/lib/db";
import { closeDb, openDb, setDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { inngest } from "@/inngest/client";
import { LocalExecutor, type LocalExecutorOptions, type Transport } from "@/inngest/local";
import { openTestPglite } from "../helpers/pglite-template";

/**
 * Each executor test file gets a migrated database of its own, even when DATABASE_URL points at a
 * shared Postgres: an executor acts on every queued item in its database, so two files'
 * executors must not share one. By default an in-memory PGlite; with
 * INNGEST_LOCAL_TEST_PG_URL (a Postgres admin URL) a fresh Postgres database, dropped afterwards.
 */
export function useExecutorDb(): void {
  const adminUrl = process.env.INNGEST_LOCAL_TEST_PG_URL;
  const dbName = `inngest_local_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (statement: string) => {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  beforeAll(async () => {
    let opened;
    if (adminUrl) {
      await admin(`create database ${dbName}`);
      const url = new URL(adminUrl);
      url.pathname = `/${dbName}`;
      opened = await openDb({ databaseUrl: url.href });
    } else {
      opened = await openTestPglite();
    }
    await migrate(opened);
    setDb(opened);
  });
  afterAll(async () => {
    await closeDb();
    if (adminUrl) await admin(`drop database if exists ${dbName}`);
  });
}

export const SERVE_URL = "http://127.0.0.1:3000/api/inngest";

/** The production serve() handler from inngest/next, over the given functions, as a transport. */
export function serveTransport(functions: InngestFunction.Like[]): Transport {
  const handler = serve({ client: inngest, functions });
  return (req) => (handler as unknown as Transport)(req);
}

/** An executor over `functions` with test-friendly timings (fast polls, millisecond backoff). */
export async function startExecutor(
  functions: InngestFunction.Like[],
  opts: Partial<LocalExecutorOptions> = {},
): Promise<LocalExecutor> {
  const executor = new LocalExecutor({
    transport: serveTransport(functions),
    serveUrl: SERVE_URL,
    pollMs: 20,
    backoffMs: (attempt) => 5 * attempt,
    ...opts,
  });
  await executor.start();
  return executor;
}

export interface RunView {
  id: string;
  function_id: string;
  status: string;
  output: unknown;
  error: { name: string; message: string } | null;
  event: { name: string; data: Record<string, unknown> };
}

export async function runsOf(functionId: string): Promise<RunView[]> {
  return asServiceRole(async (tx) => {
    const { rows } =
      await sql<RunView>`select id, function_id, status, output, error, event from inngest_local.runs
      where function_id = ${`leadscout-${functionId}`} order by created_at, id`.execute(tx);
    return rows;
  });
}

/** How many step.waitForEvent / step.invoke waits runs of `functionId` have open. */
export async function waitsOf(functionId: string): Promise<number> {
  return asServiceRole(async (tx) => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from inngest_local.waits w
      join inngest_local.runs r on r.id = w.run_id where r.function_id = ${`leadscout-${functionId}`}`.execute(
      tx,
    );
    return rows[0]!.n;
  });
}

/** Polls until `check` returns a value (not undefined/false); fails with `what` after `ms`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  ms = 20_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits until `functionId` has `count` runs that all ended, and returns them. */
export function endedRuns(functionId: string, count = 1): Promise<RunView[]> {
  return waitFor(`${count} ended run(s) of ${functionId}`, async () => {
    const runs = await runsOf(functionId);
    return runs.length >= count && runs.every((r) => r.status !== "running") ? runs : undefined;
  });
}

/** A promise with its resolver, for steps a test holds open. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { promise, open };
}
