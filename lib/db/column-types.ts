import type { ColumnType } from "kysely";
import type { Plan } from "@/lib/billing/schemas";

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
export type Role = "admin" | "member" | "viewer";
export type JobType = "single" | "bulk" | "sitemap";
export type JobStatus = "pending" | "processing" | "completed" | "failed" | "cancelled";
export type JobUrlStatus =
  "pending" | "processing" | "completed" | "failed" | "blocked" | "not_found" | "cancelled";
export type LeadStatus = "hot" | "warm" | "cold";
export type LeadStage =
  "new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived";
export type { Plan };
export type ApiScope = "read" | "write" | "delete";
export type WebhookEvent = "job.completed" | "job.failed" | "job.cancelled";
export type CreditKind =
  | "grant"
  | "purchase"
  | "reserve"
  | "release"
  | "charge"
  | "refund"
  | "adjustment"
  | "allowance"
  | "clawback";
