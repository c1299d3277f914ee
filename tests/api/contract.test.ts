import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import createClient from "openapi-fetch";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { z } from "zod";
import { API_V1_OPERATIONS as OPERATIONS, API_V1_ROUTES } from "@/app/api/v1/registry";
import { upsertContacts } from "@/lib/contacts";
import { asServiceRole } from "@/lib/db";
import { contractOf, HTTP_METHODS, type RouteModule } from "@/lib/openapi";
import { envelope, ZErrorSchema } from "@/lib/openapi/responses";
import { useTestDb } from "../helpers/db";
import { GENERATED_TYPES, typesFromSpec } from "./generate-client";
import type { paths } from "./generated/api-v1";
import { encryptForOrg } from "@/lib/crypto";
import { dispatch } from "./harness/routes";
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

const API_DIR = path.join(process.cwd(), "app", "api", "v1");
/** Routes that are not operations of the document: the document itself. */
const UNDOCUMENTED = new Set(["GET /openapi.json"]);

/** Every route.ts under app/api/v1 on disk, with the path Next serves it at ([id] as {id}). */
function routeFilesOnDisk(): { file: string; path: string }[] {
  return readdirSync(API_DIR, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "route.ts")
    .map((f) => {
      const segments = path
        .dirname(f)
        .split(path.sep)
        .filter((seg) => seg !== "." && !/^\(.*\)$/.test(seg)) // route groups are not in the URL
        .map((seg) => seg.replace(/^\[(\w+)\]$/, "{$1}"));
      return { file: path.join(API_DIR, f), path: `/${segments.join("/")}` };
    });
}

it("serves a valid OpenAPI 3.1 document", async () => {
  expect(spec.openapi).toBe("3.1.0");
  await SwaggerParser.validate(structuredClone(spec) as never);
});

// The registry is written by hand (a bundle cannot list route files); the file tree is the truth.
it("documents every method of every app/api/v1/**/route.ts on disk, from its contract", async () => {
  const files = routeFilesOnDisk();
  expect(files.length).toBeGreaterThan(10);
  const paths = spec.paths as Record<string, Record<string, unknown>>;
  const problems: string[] = [];
  for (const { file, path: p } of files) {
    const mod = (await import(file)) as RouteModule;
    for (const method of HTTP_METHODS) {
      if (!mod[method] || UNDOCUMENTED.has(`${method} ${p}`)) continue;
      const where = `${method} ${p} (${path.relative(process.cwd(), file)})`;
      if (!contractOf(mod[method]))
        problems.push(`${where}: declare it as withApiKey({ scope, …, openapi }, handler)`);
      else if (API_V1_ROUTES[p] !== mod)
        problems.push(`${where}: list its module in app/api/v1/registry.ts as "${p}"`);
      else if (!paths[p]?.[method.toLowerCase()])
        problems.push(`${where}: missing from the served document`);
    }
  }
  expect(problems).toEqual([]);
  // …and the registry lists no path that has no route file (a typo, a route moved).
  const onDisk = new Set(files.map((f) => f.path));
  expect(Object.keys(API_V1_ROUTES).filter((p) => !onDisk.has(p))).toEqual([]);
});

// No declared query means no query parameter is allowed, before anything else of the request is read.
it("refuses any query parameter on every operation that declares none", async () => {
  const uuid = "00000000-0000-4000-8000-000000000000";
  const bare = OPERATIONS.filter((op) => !op.query);
  expect(bare.length).toBeGreaterThanOrEqual(15);
  for (const op of bare) {
    const url = `${server.url}/api/v1${op.path.replace(/\{\w+\}/g, uuid)}?unexpected=1`;
    const res = await fetch(url, {
      method: op.method.toUpperCase(),
      headers: { authorization: `Bearer ${org.keys.all}`, "content-type": "application/json" },
      ...(op.body && { body: "{}" }),
    });
    expect(res.status, `${op.method} ${op.path}`).toBe(422);
    const body = ZErrorSchema.parse(await res.json());
    expect(body.error.fields, `${op.method} ${op.path}`).toEqual({
      _: ['Unrecognized key: "unexpected"'],
    });
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
    body: { stage: "contacted", notes: "called", tags: ["vip"] },
  });
  expect(conforms("updateLead", patched.data).data).toMatchObject({ stage: "contacted" });
  const lead = { params: { path: { id: leadId } } };
  const moved = await client.POST("/leads/{id}/stage", {
    ...lead,
    body: { stage: "qualified", from: "contacted" },
  });
  expect(conforms("moveLeadStage", moved.data).data.change).toMatchObject({ to: "qualified" });
  const note = await client.POST("/leads/{id}/notes", { ...lead, body: { body: "demo Tuesday" } });
  expect(note.response.status).toBe(201);
  conforms("addLeadNote", note.data);
  const notes = await client.GET("/leads/{id}/notes", lead);
  expect(conforms("listLeadNotes", notes.data).data.map((n) => n.body)).toEqual([
    "called",
    "demo Tuesday",
  ]);
  const history = await client.GET("/leads/{id}/history", lead);
  expect(conforms("getLeadHistory", history.data).data.changes.map((c) => c.to)).toEqual([
    "contacted",
    "qualified",
  ]);

  await asServiceRole((tx) =>
    upsertContacts(tx, org.orgId, leadId, null, [
      {
        dedupeKey: "email:ada@contract.test",
        name: "Ada Contract",
        title: "CTO",
        email: "ada@contract.test",
        phone: null,
        linkedinUrl: null,
        sourceUrl: "https://contract.test/team",
        domain: "contract.test",
      },
    ]),
  );
  const contacts = await client.GET("/contacts", {
    params: { query: { q: "ada", sort: "name", has_email: "true", limit: 10 } },
  });
  expect(conforms("listContacts", contacts.data).data.map((c) => c.name)).toEqual(["Ada Contract"]);
  const leadContacts = await client.GET("/leads/{id}/contacts", {
    params: { path: { id: leadId } },
  });
  expect(conforms("listLeadContacts", leadContacts.data).data).toMatchObject([
    { name: "Ada Contract", lead_id: leadId, source_url: "https://contract.test/team" },
  ]);

  const imported = await client.POST("/leads/import", {
    params: { query: { company: "Firm", website: "Site" } },
    body: "Firm,Site\nImported Co,https://imported.contract.test\n",
    bodySerializer: (body) => body,
    headers: { "content-type": "text/csv" },
  });
  expect(imported.response.status).toBe(201);
  expect(conforms("importLeads", imported.data).data).toMatchObject({ rows: 1, created: 1 });

  const exported = await client.GET("/leads/export", {
    params: { query: { format: "json" } },
    parseAs: "json",
  });
  expect(Array.isArray(exported.data)).toBe(true);

  // A HubSpot connection as the connect flow leaves it (tests/crm covers the flow itself).
  await asServiceRole((tx) =>
    tx
      .insertInto("crm_connections")
      .values({
        org_id: org.orgId,
        provider: "hubspot",
        account_id: "4200042",
        access_token: encryptForOrg(org.orgId, "contract-access"),
        refresh_token: encryptForOrg(org.orgId, "contract-refresh"),
        expires_at: new Date(Date.now() + 1_800_000),
      })
      .execute(),
  );
  const pushed = await client.POST("/crm/push", { body: { lead_ids: [leadId] } });
  expect(pushed.response.status).toBe(202);
  expect(conforms("pushToCrm", pushed.data).data).toMatchObject({ provider: "hubspot" });

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
