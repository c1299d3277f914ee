import type { z } from "zod";
import { ZCreditsQuerySchema } from "@/lib/api/account";
import { ZAuditEntrySchema, ZAuditLogQuerySchema } from "@/lib/audit";
import { ZListJobsApiQuerySchema, ZListJobUrlsApiQuerySchema } from "@/lib/api/jobs";
import { ZNoQuerySchema } from "@/lib/api/params";
import { ZCreateJobSchema } from "@/lib/jobs";
import { ZExportLeadsQuerySchema, ZListLeadsQuerySchema, ZUpdateLeadSchema } from "@/lib/leads";
import {
  ZBillingSchema,
  ZCreditsSchema,
  ZDeletedSchema,
  ZCreatedJobSchema,
  ZJobSchema,
  ZJobUrlSchema,
  ZLeadDetailSchema,
  ZLeadSchema,
  ZMeSchema,
} from "./responses";
import { WEBHOOK_OPERATIONS } from "./webhook-operations";
import { z as zod } from "zod";

// Every /api/v1 operation: the very schemas the routes parse with, and what they answer. Adding a
// route means adding a line here; the contract test fails for a route the document does not list.
export interface Operation {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  operationId: string;
  summary: string;
  tag: "Jobs" | "Leads" | "Account" | "Webhooks";
  scope: "read" | "write" | "delete";
  /** What else the operation requires or does, after the scope sentence. */
  description?: string;
  pathId?: string;
  /** Path parameters after {id} (name → description), e.g. {delivery_id}. */
  pathParams?: Record<string, string>;
  query?: z.ZodType;
  body?: z.ZodType;
  bodyExample?: unknown;
  idempotent?: boolean;
  status: 200 | 201 | 202;
  data?: z.ZodType;
  paged?: boolean;
  /** Non-JSON success bodies (exports). */
  content?: Record<string, { schema: Record<string, unknown> }>;
  errors: number[];
}

const AUTH = [401, 429];
const READ_ERRORS = [...AUTH, 403, 422];

export const OPERATIONS: Operation[] = [
  {
    method: "post",
    path: "/jobs",
    operationId: "createJob",
    summary: "Create a scraping job",
    tag: "Jobs",
    scope: "write",
    body: ZCreateJobSchema,
    bodyExample: { type: "single", url: "https://acme.com", options: { max_pages_per_site: 5 } },
    idempotent: true,
    status: 202,
    data: ZCreatedJobSchema,
    errors: [...READ_ERRORS, 400, 402, 409, 413],
  },
  {
    method: "get",
    path: "/jobs",
    operationId: "listJobs",
    summary: "List jobs, newest first",
    tag: "Jobs",
    scope: "read",
    query: ZListJobsApiQuerySchema,
    status: 200,
    data: zod.array(ZJobSchema),
    paged: true,
    errors: READ_ERRORS,
  },
  {
    method: "get",
    path: "/jobs/{id}",
    operationId: "getJob",
    summary: "Get a job and its progress",
    tag: "Jobs",
    scope: "read",
    pathId: "Job id",
    query: ZNoQuerySchema,
    status: 200,
    data: ZJobSchema,
    errors: [...READ_ERRORS, 404],
  },
  {
    method: "post",
    path: "/jobs/{id}/cancel",
    operationId: "cancelJob",
    summary: "Cancel a pending or running job",
    tag: "Jobs",
    scope: "write",
    pathId: "Job id",
    query: ZNoQuerySchema,
    status: 200,
    data: ZJobSchema,
    errors: [...READ_ERRORS, 404, 409],
  },
  {
    method: "get",
    path: "/jobs/{id}/urls",
    operationId: "listJobUrls",
    summary: "List a job's URLs and their state",
    tag: "Jobs",
    scope: "read",
    pathId: "Job id",
    query: ZListJobUrlsApiQuerySchema,
    status: 200,
    data: zod.array(ZJobUrlSchema),
    paged: true,
    errors: [...READ_ERRORS, 404],
  },
  {
    method: "get",
    path: "/leads",
    operationId: "listLeads",
    summary: "List, filter and search leads",
    tag: "Leads",
    scope: "read",
    query: ZListLeadsQuerySchema,
    status: 200,
    data: zod.array(ZLeadSchema),
    paged: true,
    errors: READ_ERRORS,
  },
  {
    method: "get",
    path: "/leads/export",
    operationId: "exportLeads",
    summary: "Export leads as CSV or JSON (streamed)",
    tag: "Leads",
    scope: "read",
    description:
      "The key's creator must be an admin or member of the organization: a viewer's key (which keeps only `read`) gets 403 `forbidden`, as viewers cannot export in the dashboard either.",
    query: ZExportLeadsQuerySchema,
    status: 200,
    content: {
      "text/csv": { schema: { type: "string" } },
      "application/json": {
        schema: { type: "array", items: { $ref: "#/components/schemas/Lead" } },
      },
    },
    errors: READ_ERRORS,
  },
  {
    method: "get",
    path: "/leads/{id}",
    operationId: "getLead",
    summary: "Get a lead with enrichment, reasons, signals and sources",
    tag: "Leads",
    scope: "read",
    pathId: "Lead id",
    query: ZNoQuerySchema,
    status: 200,
    data: ZLeadDetailSchema,
    errors: [...READ_ERRORS, 404],
  },
  {
    method: "patch",
    path: "/leads/{id}",
    operationId: "updateLead",
    summary: "Change a lead's stage, notes or tags",
    tag: "Leads",
    scope: "write",
    pathId: "Lead id",
    body: ZUpdateLeadSchema,
    bodyExample: { stage: "contacted", tags: ["q3", "saas"] },
    status: 200,
    data: ZLeadSchema,
    errors: [...READ_ERRORS, 400, 404, 413],
  },
  {
    method: "delete",
    path: "/leads/{id}",
    operationId: "deleteLead",
    summary: "Delete a lead",
    tag: "Leads",
    scope: "delete",
    pathId: "Lead id",
    query: ZNoQuerySchema,
    status: 200,
    data: ZDeletedSchema,
    errors: [...READ_ERRORS, 404],
  },
  {
    method: "get",
    path: "/credits",
    operationId: "getCredits",
    summary: "Credit balance and recent ledger entries",
    tag: "Account",
    scope: "read",
    query: ZCreditsQuerySchema,
    status: 200,
    data: ZCreditsSchema,
    errors: READ_ERRORS,
  },
  {
    method: "get",
    path: "/billing",
    operationId: "getBilling",
    summary: "Plan, limits, credits per bucket and the billing period",
    tag: "Account",
    scope: "read",
    query: ZNoQuerySchema,
    status: 200,
    data: ZBillingSchema,
    errors: READ_ERRORS,
  },
  {
    method: "get",
    path: "/me",
    operationId: "getMe",
    summary: "The calling key's organization and scopes",
    tag: "Account",
    scope: "read",
    query: ZNoQuerySchema,
    status: 200,
    data: ZMeSchema,
    errors: READ_ERRORS,
  },
  {
    method: "get",
    path: "/audit-log",
    operationId: "listAuditLog",
    summary:
      "The organization's audit log, newest first: who changed keys, webhooks, leads, rules, roles (keys of admins only; others get 403)",
    tag: "Account",
    scope: "read",
    query: ZAuditLogQuerySchema,
    status: 200,
    data: zod.array(ZAuditEntrySchema),
    paged: true,
    errors: READ_ERRORS,
  },
  ...WEBHOOK_OPERATIONS,
];
