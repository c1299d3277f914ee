import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { ERROR_STATUS } from "@/lib/errors";
import { useTestDb } from "../helpers/db";
import { dispatch } from "./harness/routes";
import { createApiOrg, seedLeads, useUnlimited, type ApiOrg } from "./harness/world";

useTestDb();

// Generated hostile input at every endpoint: whatever arrives, the answer is never a 5xx, and
// every error is the envelope with a code from the one error table.

let org: ApiOrg;
let leadId: string;

beforeAll(async () => {
  useUnlimited();
  org = await createApiOrg();
  leadId = (await seedLeads(org.orgId, 3))[0]!;
});

const ENDPOINTS: [string, string][] = [
  ["POST", "/jobs"],
  ["GET", "/jobs"],
  ["GET", "/jobs/{id}"],
  ["POST", "/jobs/{id}/cancel"],
  ["GET", "/jobs/{id}/urls"],
  ["GET", "/leads"],
  ["GET", "/leads/export"],
  ["GET", "/leads/{id}"],
  ["PATCH", "/leads/{id}"],
  ["DELETE", "/leads/{id}"],
  ["GET", "/credits"],
  ["GET", "/me"],
  ["GET", "/webhooks"],
  ["POST", "/webhooks"],
  ["GET", "/webhooks/{id}"],
  ["PATCH", "/webhooks/{id}"],
  ["DELETE", "/webhooks/{id}"],
  ["POST", "/webhooks/{id}/rotate-secret"],
  ["POST", "/webhooks/{id}/test"],
  ["GET", "/webhooks/{id}/deliveries"],
  ["POST", "/webhooks/{id}/deliveries/{id}/redeliver"],
];

const QUERY_KEYS = [
  "limit",
  "cursor",
  "status",
  "job_id",
  "min_score",
  "max_score",
  "stage",
  "has_email",
  "has_phone",
  "created_after",
  "created_before",
  "q",
  "sort",
  "format",
  "max_rows",
  "__proto__",
];

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "",
    "-1",
    "0",
    "1e309",
    "NaN",
    "9".repeat(400),
    "true",
    "null",
    "'; drop table scraped_leads;--",
    "\u0000",
    "a\u0000b",
    "2026-02-31T00:00:00Z",
    "0000-01-01T00:00:00Z",
    "💥".repeat(300),
    "eyJ4IjoxfQ",
    Buffer.from(JSON.stringify(["-created_at", "x", "y"])).toString("base64url"),
    "00000000-0000-0000-0000-000000000000",
    "../../etc/passwd",
    "%00",
    "x".repeat(5000),
  ),
);

const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record(
    {
      type: fc.constantFrom("single", "bulk", "sitemap", "other", 1),
      url: hostileString,
      urls: fc.array(hostileString, { maxLength: 5 }),
      sitemap_url: hostileString,
      options: fc.anything({ maxDepth: 2 }),
      stage: fc.oneof(hostileString, fc.constantFrom("won", "lost")),
      notes: fc.oneof(hostileString, fc.constant(null)),
      tags: fc.anything({ maxDepth: 2 }),
      events: fc.oneof(
        fc.anything({ maxDepth: 2 }),
        fc.array(fc.constantFrom("job.completed", "job.failed", "lead.created", "x"), {
          maxLength: 4,
        }),
      ),
      description: hostileString,
      enabled: fc.anything({ maxDepth: 1 }),
    },
    { requiredKeys: [] },
  ),
);

const bodyArb = fc.oneof(
  fc.constant(undefined),
  jsonish.map((v) => JSON.stringify(v)),
  hostileString,
);

// Mostly a valid key, so the input gets past authentication and reaches validation and the database.
const authArb = fc.oneof(
  { arbitrary: fc.constant("good"), weight: 8 },
  fc.constant(undefined),
  fc.constantFrom(
    "Bearer",
    "Basic abc",
    "Bearer ls_live_short",
    `Bearer ls_live_${"Z".repeat(40)}`,
  ),
  fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    maxLength: 60,
  }),
);

const requestArb = fc.record({
  endpoint: fc.constantFrom(...ENDPOINTS),
  id: fc.oneof(fc.constant("lead"), hostileString),
  query: fc.array(
    fc.tuple(
      fc.oneof(
        { arbitrary: fc.constantFrom(...QUERY_KEYS), weight: 5 },
        fc.string({ maxLength: 8 }),
      ),
      hostileString,
    ),
    { maxLength: 3 },
  ),
  body: bodyArb,
  auth: authArb,
  contentType: fc.constantFrom(
    undefined,
    "application/json",
    "text/plain",
    "application/x-www-form-urlencoded",
  ),
  idempotencyKey: fc.option(
    fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      maxLength: 300,
    }),
    { nil: undefined },
  ),
});

const statuses = new Map<number, number>();

it("no input makes any endpoint answer 5xx, and every error is the envelope", async () => {
  await fc.assert(
    fc.asyncProperty(requestArb, async (r) => {
      const [method, template] = r.endpoint;
      // "." and ".." (even percent-encoded) are dot-segments URL parsing removes, so no client can
      // send them as an id: they stand for an empty one.
      const encoded = /^\.{1,2}$/.test(r.id) ? "" : encodeURIComponent(r.id);
      const id = r.id === "lead" ? leadId! : encoded || "x";
      const qs = new URLSearchParams(r.query).toString();
      const url = `http://api.test/api/v1${template.replaceAll("{id}", id)}${qs ? `?${qs}` : ""}`;
      const headers: Record<string, string> = {};
      if (r.auth === "good") headers.authorization = `Bearer ${org.keys.all}`;
      else if (r.auth !== undefined) headers.authorization = r.auth;
      if (r.contentType) headers["content-type"] = r.contentType;
      if (r.idempotencyKey !== undefined) headers["idempotency-key"] = r.idempotencyKey;
      const hasBody = method !== "GET" && r.body !== undefined;
      const res = await dispatch(
        new Request(url, { method, headers, body: hasBody ? r.body : undefined }),
      );
      const text = await res.text();
      expect(res.status, `${method} ${url} → ${text.slice(0, 300)}`).toBeLessThan(500);
      expect(res.headers.get("x-request-id")).toBeTruthy();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 400) {
        const body = JSON.parse(text) as {
          success: boolean;
          data: unknown;
          error: { code: string; message: string };
          meta: { request_id: string };
        };
        expect(body.success).toBe(false);
        expect(body.data).toBeNull();
        expect(Object.keys(ERROR_STATUS)).toContain(body.error.code);
        expect(ERROR_STATUS[body.error.code as keyof typeof ERROR_STATUS]).toBe(res.status);
        expect(body.error.message.length).toBeGreaterThan(0);
        expect(body.meta.request_id).toBe(res.headers.get("x-request-id"));
      }
    }),
    { numRuns: Number(process.env.HOSTILE_RUNS ?? 400) },
  );
  // The input reached past authentication: validation, not-found and success paths all ran.
  for (const status of [200, 401, 404, 422]) expect(statuses.get(status) ?? 0).toBeGreaterThan(0);
}, 600_000);
