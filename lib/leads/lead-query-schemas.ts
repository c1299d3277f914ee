import { z } from "zod";

// The read side's public contract: GET/PATCH /api/v1/leads validate with these and the OpenAPI
// document is generated from them. Strict: an unknown parameter is an error, not ignored.

export const LEAD_STATUSES = ["hot", "warm", "cold"] as const;
export const ZLeadStatusSchema = z.enum(LEAD_STATUSES);
export type LeadStatus = z.infer<typeof ZLeadStatusSchema>;

/** Where a lead is in the sales pipeline; a new lead starts at "new". */
export const LEAD_STAGES = [
  "new",
  "contacted",
  "qualified",
  "proposal",
  "won",
  "lost",
  "archived",
] as const;
export const ZLeadStageSchema = z.enum(LEAD_STAGES);
export type LeadStage = z.infer<typeof ZLeadStageSchema>;

/** Who scored a lead: the LLM, or the rules engine when no LLM is reachable. */
export const QUALIFICATION_METHODS = ["llm", "rules"] as const;
export const ZQualificationMethodSchema = z.enum(QUALIFICATION_METHODS);
export type QualificationMethod = z.infer<typeof ZQualificationMethodSchema>;

/** What an enrichment row holds (lead_enrichment.type). */
export const ENRICHMENT_TYPES = ["company", "email", "linkedin", "person"] as const;
export type EnrichmentType = (typeof ENRICHMENT_TYPES)[number];
export const LEAD_SORTS = ["-created_at", "created_at", "-score", "score"] as const;
export const ZLeadSortSchema = z.enum(LEAD_SORTS);
export type LeadSort = z.output<typeof ZLeadSortSchema>;

export const ZLeadIdSchema = z.uuid({ error: "Must be a lead id (UUID)" });

const flag = z
  .enum(["true", "false"], { error: 'Use "true" or "false"' })
  .transform((v) => v === "true");
// Number("") is 0: without the blank check `?max_score=` would quietly mean "score 0 only".
const score = z.preprocess(
  (v) => (typeof v === "string" && !v.trim() ? Number.NaN : v),
  z.coerce.number({ error: "Must be a number" }).int().min(0).max(100),
);
// Postgres has no year 0 and rejects what JS would roll over (Feb 31): keep to real instants.
const instant = z.iso
  .datetime({ offset: true, error: "Must be an ISO 8601 date-time" })
  .refine((v) => {
    const t = Date.parse(v);
    return t >= Date.UTC(1970, 0, 1) && t < Date.UTC(10000, 0, 1);
  }, "Must be a real date-time between 1970 and 9999");
/** Postgres text cannot hold NUL; refuse it here rather than fail in the database. */
const noNul = (s: string) => !s.includes("\u0000");
const NUL_MESSAGE = "Must not contain NUL characters";

const filterFields = {
  job_id: z
    .uuid({ error: "Must be a job id (UUID)" })
    .optional()
    .describe("Only leads from this job"),
  status: ZLeadStatusSchema.optional().describe("Qualification: hot, warm or cold"),
  min_score: score.optional().describe("Score at least (0..100)"),
  max_score: score.optional().describe("Score at most (0..100)"),
  stage: ZLeadStageSchema.optional().describe("Pipeline stage"),
  has_email: flag.optional().describe("Only leads with (true) or without (false) an email"),
  has_phone: flag.optional().describe("Only leads with (true) or without (false) a phone"),
  created_after: instant.optional().describe("Created at or after this instant"),
  created_before: instant.optional().describe("Created before this instant"),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine(noNul, NUL_MESSAGE)
    .optional()
    .describe("Full-text search over name, company, email and domain"),
  sort: ZLeadSortSchema.default("-created_at").describe(
    "Order: created_at or score, prefixed with - for descending (default -created_at)",
  ),
};

type Filters = {
  min_score?: number;
  max_score?: number;
  created_after?: string;
  created_before?: string;
};
function checkRanges(v: Filters, ctx: z.RefinementCtx) {
  if (v.min_score !== undefined && v.max_score !== undefined && v.min_score > v.max_score)
    ctx.addIssue({ code: "custom", path: ["min_score"], message: "min_score is above max_score" });
  if (
    v.created_after &&
    v.created_before &&
    Date.parse(v.created_after) >= Date.parse(v.created_before)
  )
    ctx.addIssue({
      code: "custom",
      path: ["created_after"],
      message: "created_after must be before created_before",
    });
}

export const ZListLeadsQuerySchema = z
  .strictObject({
    ...filterFields,
    limit: z.coerce
      .number({ error: "Must be a number" })
      .int()
      .min(1)
      .max(100)
      .default(50)
      .describe("Page size, 1..100 (default 50)"),
    cursor: z.string().max(500).optional().describe("next_cursor from the previous page"),
  })
  .superRefine(checkRanges);
export type ListLeadsQuery = z.input<typeof ZListLeadsQuerySchema>;
export type ListLeadsParams = z.output<typeof ZListLeadsQuerySchema>;

export const MAX_EXPORT_ROWS = 100_000;
export const ZExportLeadsQuerySchema = z
  .strictObject({
    ...filterFields,
    format: z.enum(["csv", "json"]).default("csv").describe("csv (default) or json"),
    max_rows: z.coerce
      .number({ error: "Must be a number" })
      .int()
      .min(1)
      .max(MAX_EXPORT_ROWS)
      .default(MAX_EXPORT_ROWS)
      .describe(`Rows at most (1..${MAX_EXPORT_ROWS})`),
  })
  .superRefine(checkRanges);
export type ExportLeadsQuery = z.input<typeof ZExportLeadsQuerySchema>;
export type ExportLeadsParams = z.output<typeof ZExportLeadsQuerySchema>;
export type LeadFilters = Omit<ListLeadsParams, "limit" | "cursor" | "sort">;

export const ZUpdateLeadSchema = z
  .strictObject({
    stage: ZLeadStageSchema.optional().describe(
      "Move the lead along the pipeline: only the moves docs/pipeline.md allows (else 422)",
    ),
    notes: z
      .string({
        error: (iss) =>
          iss.input === null
            ? "Notes are a thread now and are not cleared: add a note instead"
            : "Must be text",
      })
      .max(10_000)
      .refine(noNul, NUL_MESSAGE)
      .refine((s) => s.trim().length > 0, "Write something first")
      .optional()
      .describe(
        "Adds a note to the lead's notes thread (as POST /leads/{id}/notes does); the lead's notes field shows the latest",
      ),
    tags: z
      .array(z.string().trim().min(1).max(50).refine(noNul, NUL_MESSAGE))
      .max(50)
      .transform((t) => [...new Set(t)])
      .optional()
      .describe("Replaces the lead's tags (at most 50, each 1..50 characters)"),
  })
  .refine((v) => Object.keys(v).length > 0, {
    message: "Send at least one of stage, notes, tags",
  });
export type UpdateLeadInput = z.input<typeof ZUpdateLeadSchema>;
