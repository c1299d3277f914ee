import { z } from "zod";
import { ERROR_STATUS } from "@/lib/errors";
import { RATE_LIMIT_POLICIES } from "@/lib/ratelimit";
import type { Operation } from "./operations";
import { envelope, ZErrorSchema } from "./responses";
import { webhookEvents } from "./webhook-events";

type Json = Record<string, unknown>;

const ERROR_TEXT: Record<number, string> = {
  400: "Malformed request (e.g. the body is not JSON)",
  401: "Missing, malformed, revoked or expired API key",
  402:
    "Payment required: not enough credits for the job's maximum cost (insufficient_credits), a " +
    "plan limit (plan_limit_urls_per_job, plan_limit_pages_per_site; details.upgrade_to names the " +
    "plan that lifts it) or an overdue payment (billing_past_due)",
  403: "The key lacks the scope this endpoint needs, or its creator's role does not allow it",
  404: "Not found (including another organization's ids)",
  409: "Conflict (Idempotency-Key reused with another body; job already ended)",
  413: "Body larger than 1 MB",
  422: "Invalid input; error.fields lists every problem",
  429: "Rate limit exceeded; see Retry-After",
};

/** zod → JSON Schema 2020-12 (OpenAPI 3.1's dialect); named schemas move to components. */
function convert(schema: z.ZodType, io: "input" | "output", defs: Record<string, Json>): Json {
  const out = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Json;
  delete out.$schema;
  const text = JSON.stringify(out).replaceAll('"#/$defs/', '"#/components/schemas/');
  const parsed = JSON.parse(text) as Json;
  for (const [name, def] of Object.entries((parsed.$defs ?? {}) as Record<string, Json>))
    defs[name] = def;
  delete parsed.$defs;
  // A top-level named schema is also worth a component of its own.
  const id = z.globalRegistry.get(schema)?.id;
  if (typeof parsed.$ref === "string") return parsed;
  if (id) {
    delete parsed.id;
    defs[id] = parsed;
    return { $ref: `#/components/schemas/${id}` };
  }
  return parsed;
}

const rateHeaders = {
  "X-RateLimit-Limit": { schema: { type: "integer" }, description: "Requests allowed per window" },
  "X-RateLimit-Remaining": {
    schema: { type: "integer" },
    description: "Requests left in the window",
  },
  "X-RateLimit-Reset": {
    schema: { type: "integer" },
    description: "Unix time (s) the window resets",
  },
  "X-Request-Id": { schema: { type: "string" }, description: "Quote it when asking for support" },
};

function parameters(op: Operation, defs: Record<string, Json>): Json[] {
  const params: Json[] = [];
  if (op.params) {
    const p = convert(op.params, "input", defs);
    for (const [name, schema] of Object.entries((p.properties ?? {}) as Record<string, Json>)) {
      const { description, ...rest } = schema;
      params.push({ name, in: "path", required: true, description, schema: rest });
    }
  }
  if (op.query) {
    const q = convert(op.query, "input", defs);
    const props = (q.properties ?? {}) as Record<string, Json>;
    const required = new Set((q.required ?? []) as string[]);
    for (const [name, schema] of Object.entries(props)) {
      const { description, ...rest } = schema;
      params.push({ name, in: "query", required: required.has(name), description, schema: rest });
    }
  }
  if (op.idempotent)
    params.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description:
        "Same key and body within 24 h returns the first job; same key with another body is a 409",
      schema: { type: "string", minLength: 1, maxLength: 255 },
    });
  return params;
}

function operation(op: Operation, defs: Record<string, Json>): Json {
  const responses: Json = {};
  responses[String(op.status)] = {
    description:
      op.status === 202
        ? op.tag === "Webhooks"
          ? "Accepted: the delivery is queued"
          : "Accepted: the job is queued"
        : op.status === 201
          ? "Created"
          : "OK",
    headers: rateHeaders,
    content: op.content ?? {
      "application/json": { schema: convert(envelope(op.data!, op.paged), "output", defs) },
    },
  };
  for (const status of [...new Set(op.errors)].sort())
    responses[String(status)] = {
      description: ERROR_TEXT[status] ?? "Error",
      headers:
        status === 429
          ? { ...rateHeaders, "Retry-After": { schema: { type: "integer" } } }
          : rateHeaders,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  responses["500"] = {
    description: "Unexpected error; nothing internal is disclosed",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  };
  const out: Json = {
    operationId: op.operationId,
    summary: op.summary,
    description: [`Requires the \`${op.scope}\` scope.`, op.description].filter(Boolean).join(" "),
    tags: [op.tag],
    parameters: parameters(op, defs),
    responses,
  };
  if (op.requestContent) out.requestBody = { required: true, content: op.requestContent };
  else if (op.body)
    out.requestBody = {
      required: true,
      content: {
        "application/json": {
          schema: convert(op.body, "input", defs),
          ...(op.bodyExample !== undefined && { example: op.bodyExample }),
        },
      },
    };
  return out;
}

const windowText = (ms: number) =>
  ms === 60_000 ? "minute" : ms === 3_600_000 ? "hour" : `${Math.round(ms / 1000)} s`;

const cached = new WeakMap<readonly Operation[], Json>();

/** The OpenAPI 3.1 document of these operations (operationsOf), built once per process. */
export function openApiDocument(operations: readonly Operation[]): Json {
  const hit = cached.get(operations);
  if (hit) return hit;
  const defs: Record<string, Json> = {};
  convert(ZErrorSchema, "output", defs);
  const paths: Record<string, Json> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operation(op, defs);
  const limits = Object.entries(RATE_LIMIT_POLICIES)
    .map(
      ([name, p]) =>
        `- \`${name}\`: ${p.limit} requests per ${windowText(p.windowMs)} (${p.describe})`,
    )
    .join("\n");
  const doc: Json = {
    openapi: "3.1.0",
    info: {
      title: "Leadscout API",
      version: "1.0.0",
      description: [
        "Scrape company websites for leads, then read, qualify and export them.",
        "",
        "Authenticate with `Authorization: Bearer ls_live_…` (create keys in the dashboard or with `pnpm cli api-key create`).",
        "Every response is the envelope `{ success, data, error, meta }` and carries `X-Request-Id`.",
        "Lists page with an opaque `cursor`: pass `meta.next_cursor` back until it is null.",
        "",
        "Rate limits:",
        limits,
        "",
        `Error codes: ${Object.keys(ERROR_STATUS)
          .map((c) => `\`${c}\``)
          .join(", ")}.`,
      ].join("\n"),
    },
    servers: [{ url: "/api/v1" }],
    security: [{ apiKey: [] }],
    tags: [
      { name: "Jobs", description: "Scraping jobs and their URLs" },
      { name: "Leads", description: "Leads found by jobs" },
      { name: "Account", description: "The calling key, its organization and credits" },
      {
        name: "Webhooks",
        description: "Signed job events (Standard Webhooks) for your endpoints; see `webhooks`",
      },
      { name: "CRM", description: "Leads and their contacts sent to the organization's CRM" },
    ],
    paths,
    webhooks: webhookEvents((schema) => convert(schema, "output", defs)),
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: "An API key, ls_live_ + 40 characters",
        },
      },
      schemas: defs,
    },
  };
  cached.set(operations, doc);
  return doc;
}
