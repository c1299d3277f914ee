// GET /api/v1/leads/{id}/notes – a lead's notes thread; POST – add a note to it
import { z } from "zod";
import { idParams, preflight, withApiKey } from "@/lib/api";
import { addLeadNote, listLeadNotes, ZAddNoteSchema } from "@/lib/leads";
import { READ_ERRORS } from "@/lib/openapi";
import { ZLeadNoteSchema } from "@/lib/openapi/pipeline-responses";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

const params = idParams("Lead id");

export const GET = withApiKey(
  {
    scope: "read",
    params,
    openapi: {
      operationId: "listLeadNotes",
      summary: "List a lead's notes",
      description: "Oldest first; the latest 500.",
      tag: "Leads",
      status: 200,
      data: z.array(ZLeadNoteSchema),
      errors: [...READ_ERRORS, 404],
    },
  },
  async (ctx) => ctx.ok(await listLeadNotes(ctx.claims, ctx.orgId, ctx.params.id)),
);

export const POST = withApiKey(
  {
    scope: "write",
    params,
    body: { schema: ZAddNoteSchema, message: "The note is invalid" },
    openapi: {
      operationId: "addLeadNote",
      summary: "Add a note to a lead",
      description: "The lead's `notes` field shows the latest note.",
      tag: "Leads",
      bodyExample: { body: "Called, wants a demo on Tuesday" },
      status: 201,
      data: ZLeadNoteSchema,
      errors: [...READ_ERRORS, 400, 404, 413],
    },
  },
  async (ctx) =>
    ctx.ok(
      await addLeadNote(
        { claims: ctx.claims, apiKeyId: ctx.principal.keyId },
        ctx.orgId,
        ctx.params.id,
        ctx.body,
      ),
      { status: 201 },
    ),
);

export const OPTIONS = () => preflight("GET, POST");
