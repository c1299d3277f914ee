import { randomUUID } from "node:crypto";
import { asServiceRole } from "@/lib/db";
import { sendEvent } from "@/inngest/client";
import { jobFinished } from "@/inngest/events";
import { useExecutorDb, waitFor } from "../inngest/harness";
import { bearer } from "../api/harness/world";
import { dispatch } from "../api/harness/routes";

/**
 * A database of the file's own for tests that run the executor: a fresh Postgres database when
 * DATABASE_URL is set (pnpm test:pg), else an in-memory PGlite (pnpm test).
 */
export function withWebhookDb(): void {
  if (process.env.DATABASE_URL && !process.env.INNGEST_LOCAL_TEST_PG_URL)
    process.env.INNGEST_LOCAL_TEST_PG_URL = process.env.DATABASE_URL;
  useExecutorDb();
}

export interface ApiAnswer<T = unknown> {
  status: number;
  body: {
    success: boolean;
    data: T;
    error: { code: string; message: string; fields?: Record<string, string[]> } | null;
    meta: { request_id: string; next_cursor?: string | null };
  };
}

/** Calls an /api/v1 route handler as Next would, with the given key. */
export async function api<T = Record<string, unknown>>(
  key: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiAnswer<T>> {
  const res = await dispatch(
    new Request(`http://127.0.0.1/api/v1${path}`, {
      method,
      headers: {
        ...bearer(key),
        ...(body !== undefined && { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  return { status: res.status, body: (await res.json()) as ApiAnswer<T>["body"] };
}

/** A finished job row, as the pipeline leaves it, with a few leads of each status. */
export async function finishedJob(
  orgId: string,
  opts: { status?: "completed" | "failed" | "cancelled"; webhookUrl?: string } = {},
): Promise<string> {
  const id = randomUUID();
  await asServiceRole(async (tx) => {
    await tx
      .insertInto("scraping_jobs")
      .values({
        id,
        org_id: orgId,
        type: "bulk",
        status: opts.status ?? "completed",
        input: JSON.stringify({ urls: ["https://a.example", "https://b.example"] }),
        options: JSON.stringify({}),
        total_urls: 3,
        processed_urls: 3,
        successful_urls: 2,
        failed_urls: 1,
        leads_found: 2,
        credits_reserved: 9,
        credits_used: 6,
        webhook_url: opts.webhookUrl ?? null,
        started_at: new Date(Date.now() - 5000),
        completed_at: new Date(),
      })
      .execute();
    await tx
      .insertInto("scraped_leads")
      .values(
        (["hot", "cold"] as const).map((status, i) => ({
          org_id: orgId,
          job_id: id,
          dedupe_key: `${id}-${i}`,
          name: `Lead ${i}`,
          status,
        })),
      )
      .execute();
  });
  return id;
}

/** Ends a job the way the pipeline does: a job/finished event. */
export async function announceJobEnd(
  jobId: string,
  orgId: string,
  status: "completed" | "failed" | "cancelled" = "completed",
): Promise<void> {
  await sendEvent(jobFinished.create({ jobId, orgId, status }));
}

export async function deliveriesOf(webhookId: string) {
  return asServiceRole((tx) =>
    tx
      .selectFrom("webhook_deliveries")
      .selectAll()
      .where("webhook_id", "=", webhookId)
      .orderBy("attempt")
      .execute(),
  );
}

/** Waits until `n` attempts to the endpoint are logged (the row lands after the response). */
export function loggedAttempts(webhookId: string, n: number, ms = 30_000) {
  return waitFor(
    `${n} logged attempt(s)`,
    async () => {
      const rows = await deliveriesOf(webhookId);
      return rows.length >= n ? rows : undefined;
    },
    ms,
  );
}

/** Waits until the receiver holds `n` requests on `path`. */
export function received<T extends { at(path: string): unknown[] }>(
  receiver: T,
  path: string,
  n: number,
  ms = 30_000,
) {
  return waitFor(
    `${n} request(s) on ${path}`,
    async () => (receiver.at(path).length >= n ? receiver.at(path) : undefined),
    ms,
  ) as Promise<ReturnType<T["at"]>>;
}
