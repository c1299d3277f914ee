// GET /api/v1/leads/{id} – one lead in full; PATCH – change stage, notes, tags; DELETE – remove it
import { idParams, preflight, withApiKey } from "@/lib/api";
import { deleteLead, getLead, updateLead, ZUpdateLeadSchema } from "@/lib/leads";
import { READ_ERRORS } from "@/lib/openapi";
import { ZDeletedSchema, ZLeadDetailSchema, ZLeadSchema } from "@/lib/openapi/responses";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

const params = idParams("Lead id");

export const GET = withApiKey(
  {
    scope: "read",
    params,
    openapi: {
      operationId: "getLead",
      summary: "Get a lead with enrichment, reasons, signals and sources",
      tag: "Leads",
      status: 200,
      data: ZLeadDetailSchema,
      errors: [...READ_ERRORS, 404],
    },
  },
  async (ctx) => ctx.ok(await getLead(ctx.claims, ctx.orgId, ctx.params.id)),
);

export const PATCH = withApiKey(
  {
    scope: "write",
    params,
    body: { schema: ZUpdateLeadSchema, message: "The lead update is invalid" },
    openapi: {
      operationId: "updateLead",
      summary: "Change a lead's stage, notes or tags",
      description:
        "stage moves through the pipeline's rules (422 for a move they do not allow; POST /leads/{id}/stage also takes the stage you saw); notes adds a note to the thread.",
      tag: "Leads",
      bodyExample: { stage: "contacted", tags: ["q3", "saas"] },
      status: 200,
      data: ZLeadSchema,
      errors: [...READ_ERRORS, 400, 404, 413],
    },
  },
  async (ctx) =>
    ctx.ok(
      await updateLead(
        { claims: ctx.claims, apiKeyId: ctx.principal.keyId },
        ctx.orgId,
        ctx.params.id,
        ctx.body,
      ),
    ),
);

export const DELETE = withApiKey(
  {
    scope: "delete",
    params,
    openapi: {
      operationId: "deleteLead",
      summary: "Delete a lead",
      tag: "Leads",
      status: 200,
      data: ZDeletedSchema,
      errors: [...READ_ERRORS, 404],
    },
  },
  async (ctx) => ctx.ok(await deleteLead(ctx.claims, ctx.orgId, ctx.params.id)),
);

export const OPTIONS = () => preflight("GET, PATCH, DELETE");
