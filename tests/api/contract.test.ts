import { readFileSync } from "node:fs";
import SwaggerParser from "@apidevtools/swagger-parser";
import createClient from "openapi-fetch";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { z } from "zod";
import { OPERATIONS } from "@/lib/openapi";
import { envelope, ZErrorSchema } from "@/lib/openapi/responses";
import { useTestDb } from "../helpers/db";
import { GENERATED_TYPES, typesFromSpec } from "./generate-client";
import type { paths } from "./generated/api-v1";
import { ROUTES, dispatch } from "./harness/routes";
import { serveFetch, type LoopbackServer } from "./harness/server";
import { createApiOrg, seedLeads, useUnlimited, type ApiOrg } from "./harness/world";

useTestDb();

let server: LoopbackServer;
let spec: Record<string, unknown>;
let org: ApiOrg;
let client: ReturnType<typeof createClient<paths>>;
const called = new Set<string>();

beforeAll(async () => {
  useUnlimited();
  server = await serveFetch(dispatch);
  org = await createApiOrg();
  await seedLeads(org.orgId, 5);
  spec = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as Record<
    string,
    unknown
  >;
  client = createClient<paths>({
    baseUrl: `${server.url}/api/v1`,
    headers: { authorization: `Bearer ${org.keys.all}` },
  });
  // Record which documented operation each call hit, to prove every one was exercised.
  client.use({
    onResponse({ request, schemaPath }) {
      called.add(`${request.method.toLowerCase()} ${schemaPath}`);
    },
  });
});

afterAll(async () => {
  await server?.close();
});

/** The body must match the documented success envelope of that operation. */
function conforms<T>(operationId: string, body: T): NonNullable<T> {
  const op = OPERATIONS.find((o) => o.operationId === operationId)!;
  envelope(op.data as z.ZodType, op.paged).parse(body);
  return body as NonNullable<T>;
}

it("serves a valid OpenAPI 3.1 document covering every route", async () => {
  expect(spec.openapi).toBe("3.1.0");
  await SwaggerParser.validate(structuredClone(spec) as never);
  const documented = Object.keys(spec.paths as object).map((p) =>
    `/api/v1${p}`.replace(/\{id\}/g, "x"),
  );
  for (const [pattern] of ROUTES) {
    if (pattern.test("/api/v1/openapi.json")) continue;
    expect(
      documented.some((p) => pattern.test(p)),
      `route ${pattern} is documented`,
    ).toBe(true);
  }
});

it("the committed client types are what the served spec generates", async () => {
  expect(await typesFromSpec(spec)).toBe(readFileSync(GENERATED_TYPES, "utf8"));
});

it("every endpoint answers as documented through the generated client", async () => {
  const me = await client.GET("/me");
  expect(conforms("getMe", me.data).data.organization.id).toBe(org.orgId);

  const credits = await client.GET("/credits", { params: { query: { limit: 5 } } });
  conforms("getCredits", credits.data);
  const billing = await client.GET("/billing");
  expect(conforms("getBilling", billing.data).data.plan).toBe("pro");

  const created = await client.POST("/jobs", {
    body: { type: "bulk", urls: ["https://a.example", "https://b.example"] },
    params: { header: { "Idempotency-Key": "contract-1" } },
  });
  expect(created.response.status).toBe(202);
  const job = conforms("createJob", created.data).data;

  const jobs = await client.GET("/jobs", { params: { query: { limit: 10, status: "pending" } } });
  expect(conforms("listJobs", jobs.data).data.length).toBeGreaterThan(0);

  conforms("getJob", (await client.GET("/jobs/{id}", { params: { path: { id: job.id } } })).data);
  conforms(
    "listJobUrls",
    (await client.GET("/jobs/{id}/urls", { params: { path: { id: job.id }, query: { limit: 1 } } }))
      .data,
  );
  const cancelled = await client.POST("/jobs/{id}/cancel", { params: { path: { id: job.id } } });
  expect(conforms("cancelJob", cancelled.data).data.status).toBe("cancelled");

  const leads = await client.GET("/leads", {
    params: { query: { limit: 2, sort: "-score", has_email: "true", min_score: 0 } },
  });
  const page = conforms("listLeads", leads.data);
  expect(page.data.length).toBe(2);
  expect(page.meta.next_cursor).toBeTruthy();
  const leadId = page.data[0]!.id;

  conforms("getLead", (await client.GET("/leads/{id}", { params: { path: { id: leadId } } })).data);
  const patched = await client.PATCH("/leads/{id}", {
    params: { path: { id: leadId } },
    body: { stage: "qualified", notes: "called", tags: ["vip"] },
  });
  expect(conforms("updateLead", patched.data).data).toMatchObject({ stage: "qualified" });

  const exported = await client.GET("/leads/export", {
    params: { query: { format: "json" } },
    parseAs: "json",
  });
  expect(Array.isArray(exported.data)).toBe(true);

  const deleted = await client.DELETE("/leads/{id}", { params: { path: { id: leadId } } });
  expect(conforms("deleteLead", deleted.data).data.deleted).toBe(true);

  const missing = await client.GET("/leads/{id}", { params: { path: { id: leadId } } });
  expect(missing.response.status).toBe(404);
  expect(ZErrorSchema.parse(missing.error).error.code).toBe("not_found");

  // The key's creator is the organization's admin: the export and the delete above are in the log.
  const audit = await client.GET("/audit-log", { params: { query: { limit: 1 } } });
  const entries = conforms("listAuditLog", audit.data);
  expect(entries.data.map((e) => e.action)).toEqual(["lead.deleted"]);
  expect(entries.meta.next_cursor).toBeTruthy();

  // The Webhooks operations are exercised the same way in tests/webhooks/contract.test.ts.
  for (const op of OPERATIONS.filter((o) => o.tag !== "Webhooks"))
    expect(called, `${op.operationId} was called`).toContain(`${op.method} ${op.path}`);
});
