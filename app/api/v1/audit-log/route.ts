// GET /api/v1/audit-log – the organization's audit log, newest first (keys of admins only)
import { z } from "zod";
import { preflight, withApiKey } from "@/lib/api";
import { listAuditLog, ZAuditEntrySchema, ZAuditLogQuerySchema } from "@/lib/audit";
import { READ_ERRORS } from "@/lib/openapi";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey(
  {
    scope: "read",
    query: { schema: ZAuditLogQuerySchema, message: "The audit log query is invalid" },
    openapi: {
      operationId: "listAuditLog",
      summary:
        "The organization's audit log, newest first: who changed keys, webhooks, leads, rules, roles (keys of admins only; others get 403)",
      tag: "Account",
      status: 200,
      data: z.array(ZAuditEntrySchema),
      paged: true,
      errors: READ_ERRORS,
    },
  },
  async (ctx) => {
    const page = await listAuditLog(ctx.claims, ctx.orgId, ctx.query);
    return ctx.ok(page.data, { nextCursor: page.next_cursor });
  },
);

export const OPTIONS = () => preflight("GET");
