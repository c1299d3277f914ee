import type { ColumnType } from "kysely";
// Each list of values is declared once, in its domain's client-safe schema file.
import type { API_SCOPES } from "@/lib/api-keys/schemas";
import type { Plan } from "@/lib/billing/schemas";
import type { CREDIT_KINDS } from "@/lib/credits/schemas";
import type { ROLES } from "@/lib/orgs/schemas";

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
export type JobType = "single" | "bulk" | "sitemap";
export type JobStatus = "pending" | "processing" | "completed" | "failed" | "cancelled";
export type JobUrlStatus =
  "pending" | "processing" | "completed" | "failed" | "blocked" | "not_found" | "cancelled";
export type LeadStatus = "hot" | "warm" | "cold";
export type LeadStage =
  "new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived";
export type { Plan };
export type ApiScope = (typeof API_SCOPES)[number];
export type WebhookEvent = "job.completed" | "job.failed" | "job.cancelled";
export type CreditKind = (typeof CREDIT_KINDS)[number];
