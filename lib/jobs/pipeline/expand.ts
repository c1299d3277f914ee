import { sql } from "kysely";
import { ZKeyProviderSchema, type KeyProvider } from "@/lib/provider-keys/schemas";
import type { Plan } from "@/lib/billing";
import { asServiceRole } from "@/lib/db";
import { FAN_OUT_BATCH, orgSlotKey } from "./concurrency";

export interface Expanded {
  /** false when the job had already ended (cancelled before it started): nothing to do. */
  go: boolean;
  total: number;
  plan: Plan;
}

/**
 * Moves a job to processing and writes its job_urls from the URL list stored at creation.
 * Idempotent: a replay finds the rows there (unique job_id + url) and adds none.
 */
export async function expandJob(jobId: string): Promise<Expanded> {
  return asServiceRole(async (tx) => {
    const job = await tx
      .selectFrom("scraping_jobs")
      .select(["org_id", "status", "input"])
      .where("id", "=", jobId)
      .forUpdate()
      .executeTakeFirst();
    const sub = job
      ? await tx
          .selectFrom("subscriptions")
          .select("plan")
          .where("org_id", "=", job.org_id)
          .executeTakeFirst()
      : undefined;
    const plan: Plan = sub?.plan ?? "free";
    if (!job || (job.status !== "pending" && job.status !== "processing"))
      return { go: false, total: 0, plan };
    const urls = ((job.input as { urls?: string[] }).urls ?? []).slice();
    for (let i = 0; i < urls.length; i += 1000) {
      const chunk = urls.slice(i, i + 1000);
      // One statement per chunk; ordinality keeps the caller's order for listing and batching.
      await sql`insert into public.job_urls (job_id, org_id, url, created_at)
        select ${jobId}::uuid, ${job.org_id}::uuid, u.url,
               now() + make_interval(secs => (u.n + ${i}) / 1e6)
        from unnest(${chunk}::text[]) with ordinality as u(url, n)
        on conflict (job_id, url) do nothing`.execute(tx);
    }
    await tx
      .updateTable("scraping_jobs")
      .set({ status: "processing", started_at: sql`coalesce(started_at, now())` })
      .where("id", "=", jobId)
      .where("status", "=", "pending")
      .execute();
    return { go: true, total: urls.length, plan };
  });
}

export interface UrlWork {
  jobUrlId: string;
  url: string;
  host: string;
  orgSlot: string;
  /** Claude scores this URL's lead: decided when the job was created (configured and plan). */
  llm?: boolean;
  /** The providers this URL's work calls with the organization's own key (fixed at creation). */
  ownKeys?: KeyProvider[];
  /** Its enrichment runs wholly on the organization's own keys: not charged (fixed at creation). */
  ownEnrich?: boolean;
}

/** Batch `index` of the job's pending URLs, in order; empty once the job has ended. */
export async function urlBatch(
  jobId: string,
  orgId: string,
  plan: Plan,
  index: number,
): Promise<UrlWork[]> {
  return asServiceRole(async (tx) => {
    const job = await tx
      .selectFrom("scraping_jobs")
      .select(["status", "input"])
      .where("id", "=", jobId)
      .executeTakeFirst();
    if (job?.status !== "processing") return [];
    const llm = (job.input as { llm?: unknown }).llm;
    const own = ZKeyProviderSchema.array().safeParse((job.input as { ownKeys?: unknown }).ownKeys);
    const ownEnrich = (job.input as { ownEnrich?: unknown }).ownEnrich === true;
    const rows = await tx
      .selectFrom("job_urls")
      .select(["id", "url"])
      .where("job_id", "=", jobId)
      .orderBy("created_at")
      .orderBy("id")
      .offset(index * FAN_OUT_BATCH)
      .limit(FAN_OUT_BATCH)
      .execute();
    return rows.map((r, i) => ({
      jobUrlId: r.id,
      url: r.url,
      host: new URL(r.url).host,
      orgSlot: orgSlotKey(orgId, plan, index * FAN_OUT_BATCH + i),
      ...(typeof llm === "boolean" ? { llm } : {}),
      ...(own.success && own.data.length ? { ownKeys: own.data } : {}),
      ...(ownEnrich ? { ownEnrich } : {}),
    }));
  });
}
