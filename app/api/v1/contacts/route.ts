// GET /api/v1/contacts – the people jobs found, one per person per organization, cursor-paginated
import { z } from "zod";
import { preflight, withApiKey } from "@/lib/api";
import { listParsedContacts, ZContactSchema, ZListContactsQuerySchema } from "@/lib/contacts";
import { READ_ERRORS } from "@/lib/openapi";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey(
  {
    scope: "read",
    query: { schema: ZListContactsQuerySchema, message: "The list query is invalid" },
    openapi: {
      operationId: "listContacts",
      summary: "List and search contacts (the people found on company sites)",
      description:
        "Each person once per organization across jobs, keyed by personal email or by company domain and name. Generic inboxes stay on the lead.",
      tag: "Leads",
      status: 200,
      data: z.array(ZContactSchema),
      paged: true,
      errors: READ_ERRORS,
    },
  },
  async (ctx) => {
    const page = await listParsedContacts(ctx.claims, ctx.orgId, ctx.query);
    return ctx.ok(page.data, { nextCursor: page.next_cursor });
  },
);

export const OPTIONS = () => preflight("GET");
