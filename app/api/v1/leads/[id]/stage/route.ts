// POST /api/v1/leads/{id}/stage – move a lead along the pipeline (only the moves the machine allows)
import { idParams, preflight, withApiKey } from "@/lib/api";
import { moveLeadStage, ZMoveStageSchema } from "@/lib/leads";
import { READ_ERRORS } from "@/lib/openapi";
import { ZStageMoveSchema } from "@/lib/openapi/pipeline-responses";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const POST = withApiKey(
  {
    scope: "write",
    params: idParams("Lead id"),
    body: { schema: ZMoveStageSchema, message: "The stage move is invalid" },
    openapi: {
      operationId: "moveLeadStage",
      summary: "Move a lead to another stage",
      description:
        "Only the moves of the pipeline (docs/pipeline.md): a refused move answers 422 naming the current stage and the stages allowed from it. Send `from` (the stage you saw) to get 409 instead of a move if someone moved the lead meanwhile. Fires lead.stage_changed.",
      tag: "Leads",
      bodyExample: { stage: "contacted", from: "new" },
      status: 200,
      data: ZStageMoveSchema,
      errors: [...READ_ERRORS, 400, 404, 409, 413],
    },
  },
  async (ctx) =>
    ctx.ok(
      await moveLeadStage(
        { claims: ctx.claims, apiKeyId: ctx.principal.keyId },
        ctx.orgId,
        ctx.params.id,
        ctx.body,
      ),
    ),
);

export const OPTIONS = () => preflight("POST");
