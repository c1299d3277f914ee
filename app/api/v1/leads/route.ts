// GET /api/v1/leads – the organization's leads, filtered, searched, sorted, cursor-paginated
import { z } from "zod";
import { preflight, withApiKey } from "@/lib/api";
import { listParsedLeadsJson, ZListLeadsQuerySchema } from "@/lib/leads";
import { READ_ERRORS } from "@/lib/openapi";
import { ZLeadSchema } from "@/lib/openapi/responses";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey(
  {
    scope: "read",
    query: { schema: ZListLeadsQuerySchema, message: "The list query is invalid" },
    openapi: {
      operationId: "listLeads",
      summary: "List, filter and search leads",
      tag: "Leads",
      status: 200,
      data: z.array(ZLeadSchema),
      paged: true,
      errors: READ_ERRORS,
    },
  },
  async (ctx) => {
    const page = await listParsedLeadsJson(ctx.claims, ctx.orgId, ctx.query);
    return ctx.okJson(page.json, { nextCursor: page.next_cursor });
  },
);

export const OPTIONS = () => preflight("GET");
