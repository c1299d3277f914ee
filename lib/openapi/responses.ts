import { z } from "zod";
import { ZJobStatusSchema, ZJobUrlStatusSchema } from "@/lib/jobs";
import { ZLeadStageSchema, ZLeadStatusSchema } from "@/lib/leads";
import { CREDIT_KINDS } from "@/lib/credits/schemas";
import { ERROR_STATUS } from "@/lib/errors";
import { SUBSCRIPTION_STATUSES, ZPlanSchema } from "@/lib/billing/schemas";

// What responses carry, as zod schemas so the document describes them in the same language as the
// requests. The serializers (lib/jobs/view.ts, lib/leads/lead-view.ts, lib/api/account.ts) are the
// source; the contract test checks real responses against these through the generated client.

const ts = z.iso.datetime().describe("ISO 8601, UTC");

export const ZJobSchema = z
  .object({
    id: z.uuid(),
    org_id: z.uuid(),
    type: z.enum(["single", "bulk", "sitemap"]),
    status: ZJobStatusSchema,
    options: z.record(z.string(), z.unknown()),
    source: z.object({ url: z.string().optional(), sitemap_url: z.string().optional() }),
    progress: z.object({
      total_urls: z.int(),
      processed_urls: z.int(),
      successful_urls: z.int(),
      failed_urls: z.int(),
      processing_urls: z.int(),
      leads_found: z.int(),
      percent: z.int(),
      eta_seconds: z.int().nullable(),
    }),
    credits: z.object({ reserved: z.int(), used: z.int(), released: z.int() }),
    webhook_url: z.string().nullable(),
    error: z.string().nullable(),
    created_at: ts,
    started_at: ts.nullable(),
    completed_at: ts.nullable(),
  })
  .meta({ id: "Job" });

export const ZCreatedJobSchema = ZJobSchema.extend({
  webhook_secret: z
    .string()
    .nullable()
    .describe(
      "With webhook_url: the whsec_ secret its job.* deliveries are signed with (Standard Webhooks). Shown only here.",
    ),
}).meta({ id: "CreatedJob" });

export const ZJobUrlSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    status: ZJobUrlStatusSchema,
    attempts: z.int(),
    leads_found: z.int(),
    credits_charged: z.int(),
    error: z.string().nullable(),
    started_at: ts.nullable(),
    completed_at: ts.nullable(),
  })
  .meta({ id: "JobUrl" });

const leadFields = {
  id: z.uuid(),
  job_id: z.uuid().nullable(),
  name: z.string().nullable(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  domain: z.string().nullable(),
  website: z.string().nullable(),
  linkedin_url: z.string().nullable(),
  address: z.string().nullable(),
  score: z.int().min(0).max(100).nullable(),
  status: ZLeadStatusSchema.nullable(),
  confidence: z.number().nullable(),
  qualification_method: z.enum(["llm", "rules"]).nullable(),
  stage: ZLeadStageSchema,
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  source_url: z.string().nullable(),
  created_at: ts,
  updated_at: ts,
};
export const ZLeadSchema = z.object(leadFields).meta({ id: "Lead" });

export const ZLeadDetailSchema = z
  .object({
    ...leadFields,
    emails: z.array(z.unknown()),
    phones: z.array(z.unknown()),
    socials: z.array(z.unknown()),
    people: z.array(z.unknown()),
    reasons: z.array(z.unknown()).describe("Why the lead scored as it did"),
    signals: z.array(z.unknown()).describe("Buying signals found on the site"),
    sources: z.array(z.unknown()).describe("Pages and jobs the lead was found on"),
    enrichment: z.array(
      z.object({
        provider: z.string(),
        type: z.enum(["company", "email", "linkedin", "person"]),
        data: z.record(z.string(), z.unknown()),
        confidence: z.number().nullable(),
        updated_at: ts,
      }),
    ),
  })
  .meta({ id: "LeadDetail" });

export const ZDeletedSchema = z
  .object({ id: z.uuid(), deleted: z.literal(true) })
  .meta({ id: "Deleted" });

export const ZCreditsSchema = z
  .object({
    balance: z.int().describe("Credits free to spend"),
    reserved: z.int().describe("Credits held by running jobs"),
    recent_transactions: z.array(
      z.object({
        id: z.uuid(),
        job_id: z.uuid().nullable(),
        kind: z.enum(CREDIT_KINDS),
        amount: z.int(),
        balance_after: z.int(),
        description: z.string().nullable(),
        created_at: ts,
      }),
    ),
  })
  .meta({ id: "Credits" });

const n = (d: string) => z.int().describe(d);
export const ZBillingSchema = z
  .object({
    plan: ZPlanSchema,
    plan_name: z.string(),
    status: z.enum(SUBSCRIPTION_STATUSES).describe("past_due: new jobs are refused until paid"),
    billing_interval: z.enum(["month", "year"]).nullable(),
    cancel_at_period_end: z.boolean().describe("The plan ends (back to Free) at period end"),
    current_period_end: ts.nullable().describe("End of the paid period (Stripe subscriptions)"),
    allowance_renews_at: ts.nullable().describe("Next scheduled allowance top-up, if scheduled"),
    managed_by: z.enum(["stripe", "installation"]).describe("Who changes the plan"),
    stripe_configured: z.boolean(),
    limits: z.object({
      monthly_credits: n("The allowance bucket is topped up to this each month"),
      job_concurrency: n("Concurrency slots for the organization's URLs"),
      api_requests_per_minute: n("Per API key"),
      seats: z.int().nullable().describe("Members plus open invitations; null: unlimited"),
      urls_per_job: z.int(),
      pages_per_site: z.int(),
      claude_scoring: z.boolean().describe("Leads may be scored by Claude (when configured)"),
    }),
    credits: z.object({
      balance: n("Free to spend (negative only after a refund or dispute clawback)"),
      reserved: n("Held by running jobs"),
      allowance: n("The allowance bucket (spent first): balance + reserved - purchased"),
      purchased: n("The purchased bucket (packs and grants; never expires)"),
    }),
  })
  .meta({ id: "Billing" });

export const ZMeSchema = z
  .object({
    organization: z.object({
      id: z.uuid(),
      name: z.string().nullable(),
      slug: z.string().nullable(),
      plan: z.string().nullable(),
    }),
    api_key: z.object({
      id: z.uuid(),
      name: z.string().nullable(),
      hint: z.string().nullable(),
      scopes: z.array(z.enum(["read", "write", "delete"])),
      expires_at: ts.nullable(),
      created_at: ts.nullable(),
    }),
  })
  .meta({ id: "Me" });

export const ZErrorSchema = z
  .object({
    success: z.literal(false),
    data: z.null(),
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS]),
      message: z.string(),
      fields: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .describe("Every invalid field with all its problems (422)"),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
    meta: z.object({ request_id: z.string() }),
  })
  .meta({ id: "Error" });

/** The success envelope around a data schema. */
export function envelope(data: z.ZodType, paged = false) {
  return z.object({
    success: z.literal(true),
    data,
    error: z.null(),
    meta: paged
      ? z.object({
          request_id: z.string(),
          next_cursor: z
            .string()
            .nullable()
            .describe("Pass as cursor for the next page; null at the end"),
        })
      : z.object({ request_id: z.string() }),
  });
}

/** What any keyed request may answer: no or bad key, no scope, invalid input, rate limited. */
export const READ_ERRORS = [401, 403, 422, 429];
