// GET /api/v1/webhooks – the organization's endpoints; POST – create one (its secret shown once)
import { z } from "zod";
import { preflight, withApiKey } from "@/lib/api";
import { READ_ERRORS } from "@/lib/openapi";
import { ZWebhookSchema, ZWebhookWithSecretSchema } from "@/lib/openapi/webhook-responses";
import {
  checkNewWebhook,
  createCheckedWebhook,
  listWebhooks,
  ZCreateWebhookSchema,
} from "@/lib/webhooks";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey(
  {
    scope: "read",
    openapi: {
      operationId: "listWebhooks",
      summary: "List webhook endpoints (at most 20 per organization)",
      tag: "Webhooks",
      status: 200,
      data: z.array(ZWebhookSchema),
      errors: READ_ERRORS,
    },
  },
  async (ctx) => ctx.ok(await listWebhooks(ctx.claims, ctx.orgId)),
);

export const POST = withApiKey(
  {
    scope: "write",
    // Schema issues and the URL policy's problems in one 422.
    body: { schema: ZCreateWebhookSchema, parse: checkNewWebhook },
    openapi: {
      operationId: "createWebhook",
      summary: "Create a webhook endpoint; the response holds its signing secret, shown only here",
      tag: "Webhooks",
      bodyExample: { url: "https://hooks.example.com/leadscout", events: ["job.completed"] },
      status: 201,
      data: ZWebhookWithSecretSchema,
      errors: [...READ_ERRORS, 400, 409, 413],
    },
  },
  async (ctx) =>
    ctx.ok(await createCheckedWebhook(ctx.claims, ctx.orgId, ctx.body), { status: 201 }),
);

export const OPTIONS = () => preflight("GET, POST");
