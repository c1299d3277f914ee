// GET /api/v1/leads/{id}/contacts – the people found on one company lead's site
import { z } from "zod";
import { idParams, preflight, withApiKey } from "@/lib/api";
import { listLeadContacts, ZContactSchema } from "@/lib/contacts";
import { READ_ERRORS } from "@/lib/openapi";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey(
  {
    scope: "read",
    params: idParams("Lead id"),
    openapi: {
      operationId: "listLeadContacts",
      summary: "List a lead's contacts",
      description: "At most 500, by name.",
      tag: "Leads",
      status: 200,
      data: z.array(ZContactSchema),
      errors: [...READ_ERRORS, 404],
    },
  },
  async (ctx) => ctx.ok(await listLeadContacts(ctx.claims, ctx.orgId, ctx.params.id)),
);

export const OPTIONS = () => preflight("GET");
