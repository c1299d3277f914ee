import createClient from "openapi-fetch";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { z } from "zod";
import { API_V1_OPERATIONS as OPERATIONS } from "@/app/api/v1/registry";
import { envelope } from "@/lib/openapi/responses";
import { asServiceRole } from "@/lib/db";
import {
  JOB_EVENT_TYPES,
  WEBHOOK_EVENT_TYPES,
  ZJobEventPayloadSchema,
  ZLeadStageChangedPayloadSchema,
  ZLeadCreatedPayloadSchema,
} from "@/lib/webhooks";
import { useTestDb } from "../helpers/db";
import type { paths } from "../api/generated/api-v1";
import { dispatch } from "../api/harness/routes";
import { serveFetch, type LoopbackServer } from "../api/harness/server";
import { createApiOrg, useUnlimited, type ApiOrg } from "../api/harness/world";

// The Webhooks operations of the OpenAPI document, called through the client generated from it
// (as tests/api/contract.test.ts does for the rest): every answer matches its documented envelope.
vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
});
useTestDb();

let server: LoopbackServer;
let org: ApiOrg;
let client: ReturnType<typeof createClient<paths>>;
const called = new Set<string>();

beforeAll(async () => {
  useUnlimited();
  server = await serveFetch(dispatch);
  org = await createApiOrg();
  client = createClient<paths>({
    baseUrl: `${server.url}/api/v1`,
    headers: { authorization: `Bearer ${org.keys.all}` },
  });
  client.use({
    onResponse({ request, schemaPath }) {
      called.add(`${request.method.toLowerCase()} ${schemaPath}`);
    },
  });
});
afterAll(async () => {
  await server?.close();
});

function conforms<T>(operationId: string, body: T): NonNullable<T> {
  const op = OPERATIONS.find((o) => o.operationId === operationId)!;
  envelope(op.data as z.ZodType, op.paged).parse(body);
  return body as NonNullable<T>;
}

it("documents the events sent, with an example that is a valid payload", async () => {
  const spec = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
    webhooks: Record<
      string,
      { post: { requestBody: { content: Record<string, { example: unknown }> } } }
    >;
  };
  expect(Object.keys(spec.webhooks)).toEqual([...WEBHOOK_EVENT_TYPES, "webhook.test"]);
  const example = (type: string) =>
    spec.webhooks[type]!.post.requestBody.content["application/json"]!.example;
  for (const type of JOB_EVENT_TYPES)
    expect(ZJobEventPayloadSchema.parse(example(type)).type).toBe(type);
  expect(ZLeadStageChangedPayloadSchema.parse(example("lead.stage_changed")).type).toBe(
    "lead.stage_changed",
  );
  expect(ZLeadCreatedPayloadSchema.parse(example("lead.created")).type).toBe("lead.created");
});

it("every webhooks operation answers as documented through the generated client", async () => {
  const created = await client.POST("/webhooks", {
    body: { url: "http://127.0.0.1:9/contract", events: ["job.completed"] },
  });
  expect(created.response.status).toBe(201);
  const hook = conforms("createWebhook", created.data).data;
  const path = { params: { path: { id: hook.id } } };

  expect(conforms("listWebhooks", (await client.GET("/webhooks")).data).data).toHaveLength(1);
  conforms("getWebhook", (await client.GET("/webhooks/{id}", path)).data);
  const patched = await client.PATCH("/webhooks/{id}", { ...path, body: { description: "CRM" } });
  expect(conforms("updateWebhook", patched.data).data.description).toBe("CRM");
  conforms("rotateWebhookSecret", (await client.POST("/webhooks/{id}/rotate-secret", path)).data);
  const test = await client.POST("/webhooks/{id}/test", path);
  expect(test.response.status).toBe(202);
  conforms("testWebhook", test.data);

  const [row] = await asServiceRole((tx) =>
    tx
      .insertInto("webhook_deliveries")
      .values({
        org_id: org.orgId,
        webhook_id: hook.id,
        event_id: "msg_contract",
        event_type: "job.completed",
        url: hook.url,
        attempt: 1,
        request_headers: JSON.stringify({ "webhook-id": "msg_contract" }),
        request_body: "{}",
        response_status: 500,
        response_body: "no",
        duration_ms: 12,
        error: "HTTP 500",
      })
      .returning("id")
      .execute(),
  );
  const log = await client.GET("/webhooks/{id}/deliveries", {
    params: { path: { id: hook.id }, query: { limit: 10 } },
  });
  expect(conforms("listWebhookDeliveries", log.data).data[0]!.id).toBe(row!.id);
  const again = await client.POST("/webhooks/{id}/deliveries/{delivery_id}/redeliver", {
    params: { path: { id: hook.id, delivery_id: row!.id } },
  });
  expect(conforms("redeliverWebhook", again.data).data.event_id).toBe("msg_contract");
  const deleted = await client.DELETE("/webhooks/{id}", path);
  expect(conforms("deleteWebhook", deleted.data).data.deleted).toBe(true);

  for (const op of OPERATIONS.filter((o) => o.tag === "Webhooks"))
    expect(called, `${op.operationId} was called`).toContain(`${op.method} ${op.path}`);
});
