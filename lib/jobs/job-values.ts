import { z } from "zod";

// The jobs' lists of values, each declared once; the zod enums, the TypeScript types and the
// database column types (lib/db/column-types.ts) derive from them. Zod only, so client-safe:
// schemas.ts (which re-exports this) checks URLs with the server's SSRF rules and cannot be.

export const JOB_TYPES = ["single", "bulk", "sitemap"] as const;
export const ZJobTypeSchema = z.enum(JOB_TYPES);
export type JobType = z.infer<typeof ZJobTypeSchema>;

export const JOB_STATUSES = ["pending", "processing", "completed", "failed", "cancelled"] as const;
export const ZJobStatusSchema = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof ZJobStatusSchema>;

/** How a job ends: each is a `job.<status>` event (the job/finished event, the webhooks). */
export const JOB_END_STATUSES = [
  "completed",
  "failed",
  "cancelled",
] as const satisfies readonly JobStatus[];
export const ZJobEndStatusSchema = z.enum(JOB_END_STATUSES);
export type JobEndStatus = z.infer<typeof ZJobEndStatusSchema>;

export const JOB_URL_STATUSES = [
  "pending",
  "processing",
  "completed",
  "failed",
  "blocked",
  "not_found",
  "cancelled",
] as const;
export const ZJobUrlStatusSchema = z.enum(JOB_URL_STATUSES);
export type JobUrlStatus = z.infer<typeof ZJobUrlStatusSchema>;
