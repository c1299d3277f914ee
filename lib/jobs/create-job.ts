import { createHash } from "node:crypto";
import {
  asServiceRole,
  isPolicyRefusal,
  isUniqueViolation,
  withUser,
  type JwtClaims,
} from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, fieldErrorsOf, type FieldErrors } from "@/lib/errors";
import { log } from "@leadscout/log";
import { maxJobCost, releaseJobCredits, reserveJobCredits } from "@/lib/credits";
import { orgKeyProviders, type KeyProvider } from "@/lib/provider-keys";
import { sendEvent } from "@/inngest/client";
import { jobCreated } from "@/inngest/events";
import { ZCreateJobSchema, ZJobOptionsSchema, type CreateJob, type JobOptions } from "./schemas";
import { enrichOnOwnKeys, isEnrichKeyProvider } from "./pipeline/enrich-keys";
import { sitemapUrls } from "./sitemap-urls";
import { getJob } from "./get-job";
import { checkJobWebhookUrl } from "./webhook-url";
import { checkJobAgainstPlan } from "./plan-check";
import type { Job } from "./view";

export interface CreateJobContext {
  /** Same key, same body → the same job back; same key, other body → 409. */
  idempotencyKey?: string;
  apiKeyId?: string;
}

/** The request's canonical hash: the same job asked twice hashes the same. */
function requestHash(input: CreateJob): string {
  return createHash("sha256").update(JSON.stringify(input)).digest("hex");
}

async function existingByKey(
  claims: JwtClaims,
  orgId: string,
  key: string,
  hash: string,
): Promise<Job | undefined> {
  const row = await withUser(claims, (tx) =>
    tx
      .selectFrom("scraping_jobs")
      .select(["id", "request_hash"])
      .where("org_id", "=", orgId)
      .where("idempotency_key", "=", key)
      .executeTakeFirst(),
  );
  if (!row) return undefined;
  if (row.request_hash !== hash)
    throw new AppError(
      "idempotency_conflict",
      "This Idempotency-Key was already used for a different job request",
    );
  return getJob(claims, orgId, row.id);
}

declare const brand: unique symbol;

/** A job request that passed checkJobRequest; only that function makes one. */
export interface CheckedJobRequest {
  readonly job: CreateJob;
  /** The body as sent: the plan check tells an option the caller asked for from a default. */
  readonly input: unknown;
  readonly [brand]: true;
}

/**
 * The request, validated: schema issues and webhook_url problems together, so one 422 lists
 * everything wrong. webhook_url comes back as the check parsed it, the form that is stored.
 */
export async function checkJobRequest(input: unknown): Promise<CheckedJobRequest> {
  const parsed = ZCreateJobSchema.safeParse(input);
  const fields: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const raw = (input as { webhook_url?: unknown } | null)?.webhook_url;
  let webhookUrl: string | undefined;
  if (typeof raw === "string" && !fields.webhook_url) {
    const checked = await checkJobWebhookUrl(raw);
    if (checked.ok) webhookUrl = checked.url;
    else fields.webhook_url = checked.problems;
  }
  if (!parsed.success || Object.keys(fields).length)
    throw new AppError("validation_failed", "The job request is invalid", { fields });
  const job = webhookUrl === undefined ? parsed.data : { ...parsed.data, webhook_url: webhookUrl };
  return { job, input } as CheckedJobRequest;
}

/**
 * Creates a job for `orgId` as the signed-in user (or API key owner): validates and normalizes the
 * URLs, reads a sitemap up front, then inserts the job and holds its maximum cost in ONE
 * transaction — a 402 or any refusal leaves nothing behind — and finally sends job/created.
 */
export async function createJob(
  claims: JwtClaims,
  orgId: string,
  input: unknown,
  ctx: CreateJobContext = {},
): Promise<Job> {
  // Everything is checked before anything is read or written: a refusal spends no key.
  return createCheckedJob(claims, orgId, await checkJobRequest(input), ctx);
}

/** createJob for a request checked already (the REST route's contract checks it). */
export async function createCheckedJob(
  claims: JwtClaims,
  orgId: string,
  { job, input }: CheckedJobRequest,
  ctx: CreateJobContext = {},
): Promise<Job> {
  const hash = requestHash(job);
  if (ctx.idempotencyKey) {
    const existing = await existingByKey(claims, orgId, ctx.idempotencyKey, hash);
    if (existing) return existing;
  }

  // The organization's own keys: Anthropic lets Claude score even when the platform has no key;
  // Hunter and Apollo serve enrichment. Neither part is charged (docs/provider-keys.md).
  const orgKeys = await orgKeyProviders(orgId);
  const ownAnthropic = orgKeys.includes("anthropic");
  // The plan's limits, before a sitemap is fetched: a refusal costs nothing.
  const planned = await checkJobAgainstPlan(
    claims,
    orgId,
    job,
    input,
    Boolean(env().ANTHROPIC_API_KEY) || ownAnthropic,
  );
  const options: JobOptions = job.options ?? ZJobOptionsSchema.parse({});
  // The providers this job calls with the organization's own key, fixed now like `llm`, and
  // whether its enrichment is free: the hold and the pipeline's charges agree.
  const ownKeys: KeyProvider[] = [
    ...(planned.llm && ownAnthropic ? (["anthropic"] as const) : []),
    ...(options.enrich ? orgKeys.filter(isEnrichKeyProvider) : []),
  ];
  const ownEnrich = options.enrich && enrichOnOwnKeys(ownKeys);
  const urls =
    job.type === "single"
      ? [job.url]
      : job.type === "bulk"
        ? job.urls
        : await sitemapUrls(job.sitemap_url, planned.sitemapMaxUrls ?? job.max_urls);
  const source =
    job.type === "single"
      ? { url: job.url }
      : job.type === "sitemap"
        ? { sitemap_url: job.sitemap_url, max_urls: job.max_urls }
        : {};
  // Whether Claude scores this job's leads is decided once, here: the hold and the pipeline agree.
  const cost = maxJobCost(urls.length, {
    ...options,
    llm: planned.llm,
    ownLlmKey: ownKeys.includes("anthropic"),
    ownEnrich,
  });

  let jobId: string;
  try {
    jobId = await withUser(claims, async (tx) => {
      const row = await tx
        .insertInto("scraping_jobs")
        .values({
          org_id: orgId,
          created_by: claims.sub,
          api_key_id: ctx.apiKeyId ?? null,
          type: job.type,
          input: JSON.stringify({
            ...source,
            urls,
            llm: planned.llm,
            ownKeys,
            ...(ownEnrich ? { ownEnrich } : {}),
          }),
          options: JSON.stringify(options),
          total_urls: urls.length,
          webhook_url: job.webhook_url ?? null,
          idempotency_key: ctx.idempotencyKey ?? null,
          request_hash: hash,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await reserveJobCredits(tx, row.id, cost);
      return row.id;
    });
  } catch (err) {
    if (ctx.idempotencyKey && isUniqueViolation(err)) {
      // Two requests with one key raced: the other one won, answer with its job.
      const existing = await existingByKey(claims, orgId, ctx.idempotencyKey, hash);
      if (existing) return existing;
    }
    if (isPolicyRefusal(err)) throw new AppError("not_found", "Organization not found");
    throw err;
  }

  try {
    await sendEvent(jobCreated.create({ jobId, orgId }));
  } catch (err) {
    // The job cannot start: end it and give the hold back rather than leave it pending forever.
    log.error("job/created could not be sent; failing the job", { err, jobId });
    await asServiceRole(async (tx) => {
      await tx
        .updateTable("scraping_jobs")
        .set({ status: "failed", error: "Could not be queued", completed_at: new Date() })
        .where("id", "=", jobId)
        .execute();
      await releaseJobCredits(tx, jobId);
    });
    throw new AppError("unavailable", "The job could not be queued; try again shortly", {
      cause: err,
    });
  }
  return getJob(claims, orgId, jobId);
}
