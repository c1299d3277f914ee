import { sql } from "kysely";
import { withUser, type JwtClaims } from "@/lib/db";
import { validationError } from "@/lib/errors";
import {
  decodeCreatedAtCursor,
  encodeCreatedAtCursor,
  exactInstant,
  pageLimit,
} from "@/lib/api/cursor";
import { ZListJobsQuerySchema, type ListJobsQuery } from "./schemas";
import { toJob, type Job } from "./view";

export interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

/** The organization's jobs, newest first, a page at a time (keyset cursor), optionally by status. */
export async function listJobs(
  claims: JwtClaims,
  orgId: string,
  query: ListJobsQuery = {},
): Promise<Page<Job>> {
  const parsed = ZListJobsQuerySchema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, "The list query is invalid");
  const { status, limit, cursor } = parsed.data;
  const after = cursor ? decodeCreatedAtCursor(cursor, "-created_at") : undefined;
  return withUser(claims, async (tx) => {
    let q = tx
      .selectFrom("scraping_jobs")
      .selectAll()
      .select(exactInstant("created_at").as("cursor_at"))
      .where("org_id", "=", orgId);
    if (status) q = q.where("status", "=", status);
    if (after)
      q = q.where(sql<boolean>`(created_at, id) < (${after.at}::timestamptz, ${after.id}::uuid)`);
    const rows = await q
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(pageLimit(limit))
      .execute();
    const page = rows.slice(0, limit);
    const ids = page.filter((r) => r.status === "processing").map((r) => r.id);
    const counts = new Map<string, number>();
    if (ids.length) {
      const c = await tx
        .selectFrom("job_urls")
        .select(["job_id", (eb) => eb.fn.countAll<number>().as("n")])
        .where("job_id", "in", ids)
        .where("status", "=", "processing")
        .groupBy("job_id")
        .execute();
      for (const r of c) counts.set(r.job_id, Number(r.n));
    }
    const last = page.at(-1);
    return {
      data: page.map((r) => toJob(r, counts.get(r.id) ?? 0)),
      next_cursor:
        rows.length > limit && last
          ? encodeCreatedAtCursor("-created_at", last.cursor_at, last.id)
          : null,
    };
  });
}
