import type { ColumnType } from "kysely";
// Each list of values is declared once, in its domain's client-safe schema file.
import type { API_SCOPES } from "@/lib/api-keys/schemas";
import type { BillingInterval, Plan } from "@/lib/billing/schemas";
import type { CREDIT_KINDS } from "@/lib/credits/schemas";
import type { JOB_STATUSES, JOB_TYPES, JOB_URL_STATUSES } from "@/lib/jobs/job-values";
import type {
  ENRICHMENT_TYPES,
  LEAD_STAGES,
  LEAD_STATUSES,
  QUALIFICATION_METHODS,
} from "@/lib/leads/lead-query-schemas";
import type { INVITATION_DELIVERIES, ROLES } from "@/lib/orgs/schemas";
import type { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/schemas";

// The building blocks of the row types in types.ts: how timestamps, JSON and numeric columns
// read and write, and the values the schema's check constraints allow.

// Timestamp and Json already accept undefined on insert, so they stand for DB defaults too;
// wrapping them in Generated<> would hide their select type behind a nested ColumnType.
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;
export type Json<T = unknown> = ColumnType<T, string | T | undefined, string | T>;
export type Numeric = ColumnType<
  string | null,
  number | string | null | undefined,
  number | string | null
>;
export type Role = (typeof ROLES)[number];
export type JobType = (typeof JOB_TYPES)[number];
export type JobStatus = (typeof JOB_STATUSES)[number];
export type JobUrlStatus = (typeof JOB_URL_STATUSES)[number];
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export type LeadStage = (typeof LEAD_STAGES)[number];
export type QualificationMethod = (typeof QUALIFICATION_METHODS)[number];
export type EnrichmentType = (typeof ENRICHMENT_TYPES)[number];
export type InvitationDelivery = (typeof INVITATION_DELIVERIES)[number];
export type { BillingInterval, Plan };
export type ApiScope = (typeof API_SCOPES)[number];
export type WebhookEvent = (typeof WEBHOOK_EVENT_TYPES)[number];
export type CreditKind = (typeof CREDIT_KINDS)[number];
