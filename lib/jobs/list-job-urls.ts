import { sql } from "kysely";
import { withUser, type JwtClaims } from "@/lib/db";
import { notFound, validationError } from "@/lib/errors";
import {
  decodeCreatedAtCursor,
  encodeCreatedAtCursor,
  exactInstant,
  pageLimit,
} from "@/lib/api/cursor";
import { findJobRow } from "./get-job";
import type { Page } from "./list-jobs";
import { ZListJobUrlsQuerySchema, type ListJobUrlsQuery } from "./schemas";
import { iso } from "@/lib/serialize";

export interface JobUrl {
  id: string;
  url: string;
  status: string;
  attempts: number;
  leads_found: number;
  credits_charged: number;
  error: string | null;
  started_at: string | null;
  completed_at: string | null;
}

/** A job's URLs in the order they were added, a page at a time, optionally by status. */
export async function listJobUrls(
  claims: JwtClaims,
  orgId: string,
  jobId: string,
  query: ListJobUrlsQuery = {},
): Promise<Page<JobUrl>> {
  const parsed = ZListJobUrlsQuerySchema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, "The list query is invalid");
  const { status, limit, cursor } = parsed.data;
  const after = cursor ? decodeCreatedAtCursor(cursor, "created_at") : undefined;
  return withUser(claims, async (tx) => {
    if (!(await findJobRow(tx, orgId, jobId))) throw notFound("Job");
    let q = tx
      .selectFrom("job_urls")
      .selectAll()
      .select(exactInstant("created_at").as("cursor_at"))
      .where("job_id", "=", jobId);
    if (status) q = q.where("status", "=", status);
    if (after)
      q = q.where(sql<boolean>`(created_at, id) > (${after.at}::timestamptz, ${after.id}::uuid)`);
    const rows = await q.orderBy("created_at").orderBy("id").limit(pageLimit(limit)).execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      data: page.map((r) => ({
        id: r.id,
        url: r.url,
        status: r.status,
        attempts: r.attempts,
        leads_found: r.leads_found,
        credits_charged: r.credits_charged,
        error: r.error,
        started_at: iso(r.started_at),
        completed_at: iso(r.completed_at),
      })),
      next_cursor:
        rows.length > limit && last
          ? encodeCreatedAtCursor("created_at", last.cursor_at, last.id)
          : null,
    };
  });
}
