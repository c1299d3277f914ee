import { z } from "zod";

// Client-safe values and schemas of CRM sync: the providers, what a push is and what a sync-log
// row says. One definition each: the column checks in 0023_crm.sql / 0029_salesforce.sql list the
// same values.

export const CRM_PROVIDERS = ["hubspot", "salesforce"] as const;
export type CrmProvider = (typeof CRM_PROVIDERS)[number];

export const CRM_PROVIDER_LABELS: Record<CrmProvider, string> = {
  hubspot: "HubSpot",
  salesforce: "Salesforce",
};

/**
 * What a Salesforce push writes: each lead as an Account with its people as Contacts of that
 * Account, or each person as a Salesforce Lead (the company in its Company field).
 */
export const SALESFORCE_OBJECT_MODES = ["account_contact", "lead"] as const;
export type SalesforceObjectMode = (typeof SALESFORCE_OBJECT_MODES)[number];

export const PUSH_SOURCES = ["bulk", "api", "job"] as const;
export type PushSource = (typeof PUSH_SOURCES)[number];

export const PUSH_STATUSES = ["queued", "running", "succeeded", "failed"] as const;
export type PushStatus = (typeof PUSH_STATUSES)[number];

export const SYNC_OBJECT_TYPES = ["company", "contact", "association"] as const;
export type SyncObjectType = (typeof SYNC_OBJECT_TYPES)[number];

export const SYNC_OUTCOMES = ["created", "updated", "skipped", "failed"] as const;
export type SyncOutcome = (typeof SYNC_OUTCOMES)[number];

/** At most this many leads per push request (one API call, one bulk action). */
export const MAX_PUSH_LEADS = 1000;

export const ZCrmPushBodySchema = z
  .strictObject({
    lead_ids: z
      .array(z.uuid({ error: "Each lead id must be a UUID" }))
      .min(1, "Give at least one lead id")
      .max(MAX_PUSH_LEADS, `At most ${MAX_PUSH_LEADS} lead ids per push`)
      .optional()
      .describe("The leads to push (with their contacts)"),
    job_id: z
      .uuid({ error: "Must be a job id" })
      .optional()
      .describe("Push every lead of this job instead"),
    provider: z
      .enum(CRM_PROVIDERS, { error: `One of: ${CRM_PROVIDERS.join(", ")}` })
      .optional()
      .describe(
        "The CRM to push to; may be left out when the organization has exactly one CRM connected",
      ),
  })
  .superRefine((body, ctx) => {
    if (!body.lead_ids === !body.job_id)
      ctx.addIssue({
        code: "custom",
        path: body.lead_ids ? ["job_id"] : ["lead_ids"],
        message: "Give either lead_ids or job_id, not both or neither",
      });
  });
export type CrmPushBody = z.infer<typeof ZCrmPushBodySchema>;

export const ZCrmPushAcceptedSchema = z.object({
  push_id: z.uuid().describe("Follow its outcome in the sync log"),
  status: z.enum(PUSH_STATUSES),
  provider: z.enum(CRM_PROVIDERS),
});

export interface SyncLogEntry {
  id: number;
  pushId: string;
  provider: CrmProvider;
  leadId: string | null;
  contactId: string | null;
  objectType: SyncObjectType;
  outcome: SyncOutcome;
  crmId: string | null;
  message: string | null;
  createdAt: string;
}

/** What a page may show of a connection: never a token. */
export interface CrmConnectionStatus {
  provider: CrmProvider;
  configured: boolean;
  connected: boolean;
  accountId: string | null;
  accountName: string | null;
  connectedAt: string | null;
  pushCompletedJobs: boolean;
  /** Salesforce only: Accounts + Contacts, or Leads. */
  objectMode: SalesforceObjectMode;
}
