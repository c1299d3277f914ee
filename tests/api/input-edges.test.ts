import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { setUrlPolicyResolver } from "@/lib/webhooks/url-policy";
import { useTestDb } from "../helpers/db";
import { dispatch } from "./harness/routes";
import { bearer, createApiOrg, seedLeads, useUnlimited, type ApiOrg } from "./harness/world";

useTestDb();

// Inputs at the edges of JSON, UTF-8 and query strings that the generated hostile-input run does
// not reach: each is answered with a clear 4xx naming what is wrong, and nothing is written.

let org: ApiOrg;
let leadId: string;

beforeAll(async () => {
  useUnlimited();
  // Webhook URLs resolve off the network: every name is a public address.
  setUrlPolicyResolver(async () => [{ address: "93.184.216.34", family: 4 }]);
  org = await createApiOrg();
  [leadId] = (await seedLeads(org.orgId, 3, (i) => ({ score: [0, 40, 90][i]! }))) as [string];
});
afterAll(() => setUrlPolicyResolver(undefined));

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read whatever came back
  json: any;
}

async function call(
  method: string,
  path: string,
  body?: BodyInit,
  headers: Record<string, string> = { "content-type": "application/json" },
): Promise<Answer> {
  const res = await dispatch(
    new Request(`http://api.test/api/v1${path}`, {
      method,
      headers: { ...bearer(org.keys.all), ...headers },
      body,
    }),
  );
  return { status: res.status, json: await res.json() };
}

const leadRow = () =>
  asServiceRole((tx) =>
    tx
      .selectFrom("scraped_leads")
      .select(["stage", "notes", "tags"])
      .where("id", "=", leadId)
      .executeTakeFirstOrThrow(),
  );
const countOf = (table: "scraping_jobs" | "webhooks") =>
  asServiceRole(async (tx) => {
    const { n } = await tx
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("org_id", "=", org.orgId)
      .executeTakeFirstOrThrow();
    return Number(n);
  });

describe("JSON bodies", () => {
  it("accept a UTF-8 byte order mark, as JSON parsers may and fetch's Body.json() does", async () => {
    const res = await call(
      "PATCH",
      `/leads/${leadId}`,
      "\uFEFF" + JSON.stringify({ notes: "bom" }),
    );
    expect(res.status).toBe(200);
    expect(res.json.data.notes).toBe("bom");
  });

  it("refuse bytes that are not UTF-8 instead of storing replacement characters", async () => {
    const latin1 = Buffer.concat([
      Buffer.from('{"notes":"caf'),
      Buffer.from([0xe9]), // é in Latin-1
      Buffer.from('"}'),
    ]);
    const res = await call("PATCH", `/leads/${leadId}`, latin1);
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({
      code: "bad_request",
      message: expect.stringMatching(/UTF-8/),
    });
    expect((await leadRow()).notes).toBe("bom");
  });

  it("refuse NUL characters and unpaired surrogates in every string, naming each field", async () => {
    const before = await countOf("webhooks");
    const res = await call(
      "POST",
      "/webhooks",
      '{"url":"https://hooks.example.com/x\\u0000","description":"a\\u0000b","events":["job.failed"]}',
    );
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("validation_failed");
    expect(Object.keys(res.json.error.fields).sort()).toEqual(["description", "url"]);
    expect(res.json.error.fields.description.join()).toMatch(/NUL/);
    expect(await countOf("webhooks")).toBe(before);

    const jobs = await countOf("scraping_jobs");
    const job = await call(
      "POST",
      "/jobs",
      JSON.stringify({
        type: "single",
        url: "acme.com",
        webhook_url: "https://hooks.example.com/\u0000",
      }),
    );
    expect(job.status).toBe(422);
    expect(Object.keys(job.json.error.fields)).toEqual(["webhook_url"]);
    expect(await countOf("scraping_jobs")).toBe(jobs);

    const notes = await call("PATCH", `/leads/${leadId}`, '{"notes":"\\udc00 lone"}');
    expect(notes.status).toBe(422);
    expect(notes.json.error.fields.notes.join()).toMatch(/surrogate/);
    const key = await call("PATCH", `/leads/${leadId}`, '{"stage":"won","x\\u0000":1}');
    expect(key.json.error.fields).toEqual({
      _: ['Key "x\\u0000": Must not contain NUL characters'],
    });
    expect((await leadRow()).notes).toBe("bom");
  });

  it("are checked however deeply they nest, and a flood of bad strings gets a bounded answer", async () => {
    const deep = `{"notes":${"[".repeat(100_000)}"\\u0000"${"]".repeat(100_000)}}`;
    const res = await call("PATCH", `/leads/${leadId}`, deep);
    expect(res.status).toBe(422);
    const [path] = Object.keys(res.json.error.fields) as [string];
    expect(path.split(".")).toHaveLength(100_001);
    const flood = await call(
      "PATCH",
      `/leads/${leadId}`,
      JSON.stringify({ tags: Array.from({ length: 5000 }, () => "\u0000") }),
    );
    expect(flood.status).toBe(422);
    expect(Object.keys(flood.json.error.fields)).toHaveLength(100);
    expect(flood.json.error.message).toMatch(/5000 places/);
    expect((await leadRow()).notes).toBe("bom");
  });

  it("keep well-formed text outside the Basic Multilingual Plane", async () => {
    const res = await call("PATCH", `/leads/${leadId}`, JSON.stringify({ tags: ["🚀 launch"] }));
    expect(res.status).toBe(200);
    expect(res.json.data.tags).toEqual(["🚀 launch"]);
  });
});

describe("query strings", () => {
  it("name a __proto__ parameter as unknown, like any other", async () => {
    for (const path of ["/leads?__proto__=x", "/jobs?__proto__=x", "/me?__proto__=a&__proto__=b"]) {
      const res = await call("GET", path);
      expect(res.status, path).toBe(422);
      expect(res.json.error.fields, path).toEqual({ _: ['Unrecognized key: "__proto__"'] });
    }
  });

  it("refuse an empty score bound rather than reading it as 0", async () => {
    for (const path of ["/leads?max_score=", "/leads?min_score=%20", "/leads/export?max_score="]) {
      const res = await call("GET", path);
      expect(res.status, path).toBe(422);
      expect(Object.keys(res.json.error.fields), path).toEqual([
        path.includes("min") ? "min_score" : "max_score",
      ]);
    }
    const bounded = await call("GET", "/leads?max_score=0");
    expect(bounded.json.data.map((l: { id: string }) => l.id)).toEqual([leadId]);
  });

  it("are refused on writes that take none, before anything is written", async () => {
    const jobs = await countOf("scraping_jobs");
    const created = await call(
      "POST",
      "/jobs?idempotency_key=abc",
      JSON.stringify({ type: "single", url: "acme.com" }),
    );
    expect(created.status).toBe(422);
    expect(created.json.error.fields).toEqual({ _: ['Unrecognized key: "idempotency_key"'] });
    expect(await countOf("scraping_jobs")).toBe(jobs);

    const patched = await call("PATCH", `/leads/${leadId}?stage=won`, '{"stage":"lost"}');
    expect(patched.status).toBe(422);
    expect((await leadRow()).stage).toBe("new");

    const hooks = await countOf("webhooks");
    const hook = await call(
      "POST",
      "/webhooks?active=false",
      '{"url":"https://hooks.example.com/"}',
    );
    expect(hook.status).toBe(422);
    expect(await countOf("webhooks")).toBe(hooks);
    const nobody = "00000000-0000-4000-8000-000000000000";
    expect((await call("PATCH", `/webhooks/${nobody}?x=1`, '{"active":true}')).status).toBe(422);
  });
});
