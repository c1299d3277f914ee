import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { asServiceRole } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createJob } from "@/lib/jobs";
import { setUrlPolicyResolver } from "@/lib/webhooks/url-policy";
import { useTestDb } from "../helpers/db";
import { dispatch } from "../api/harness/routes";
import { bearer, createApiOrg, useUnlimited, type ApiOrg } from "../api/harness/world";

// A job's own webhook_url is held to the rules of a webhook endpoint when the job is created: an
// address inside (metadata, loopback, a name that resolves inside) is a 422 on webhook_url with
// the endpoint's own wording, and nothing is written — no job, no held credits, no key spent.
vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
});
useTestDb();

let org: ApiOrg;

beforeAll(async () => {
  useUnlimited();
  // Name resolution stays off the network: one public name, one that points at this machine.
  setUrlPolicyResolver(async (host) => {
    if (host === "hooks.example.com") return [{ address: "93.184.216.34", family: 4 }];
    if (host === "loopback.example.com") return [{ address: "127.0.0.2", family: 4 }];
    throw new Error("NXDOMAIN");
  });
  org = await createApiOrg();
});
afterAll(() => setUrlPolicyResolver(undefined));

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read whatever came back
  json: any;
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await dispatch(
    new Request(`http://api.test/api/v1${path}`, {
      method: "POST",
      headers: { ...bearer(org.keys.all), "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    }),
  );
  return { status: res.status, json: await res.json() } as Answer;
}

/** What was written for the org: jobs, and credits held or spent. */
const footprint = () =>
  asServiceRole(async (tx) => {
    const jobs = await tx
      .selectFrom("scraping_jobs")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("org_id", "=", org.orgId)
      .executeTakeFirstOrThrow();
    const credits = await tx
      .selectFrom("credits")
      .selectAll()
      .where("org_id", "=", org.orgId)
      .executeTakeFirstOrThrow();
    return { jobs: Number(jobs.n), credits };
  });

const INSIDE = [
  ["https://169.254.169.254/latest/meta-data/", /public address, not .*169\.254\.169\.254/],
  ["https://[::1]/", /public address, not .*loopback/],
  // A name that resolves inside: refused without saying where it points (no DNS mapping).
  [
    "https://loopback.example.com/hook",
    /^Must resolve to a public address \(refused: the address is private or reserved\)$/,
  ],
  ["http://hooks.example.com/hook", /Must use https/],
] as const;

describe("POST /api/v1/jobs with a webhook_url", () => {
  it.each(INSIDE)("refuses %s with the webhook endpoint's 422", async (url, message) => {
    const before = await footprint();
    const res = await post("/jobs", { type: "single", url: "acme.com", webhook_url: url });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("validation_failed");
    expect(Object.keys(res.json.error.fields)).toEqual(["webhook_url"]);
    expect(res.json.error.fields.webhook_url.join(" ")).toMatch(message);
    // Word for word what POST /webhooks says about the same URL.
    const hook = await post("/webhooks", { url });
    expect(hook.status).toBe(422);
    expect(res.json.error.fields.webhook_url).toEqual(hook.json.error.fields.url);
    expect(await footprint()).toEqual(before);
  });

  it("lists the webhook_url problem beside every other field error", async () => {
    const res = await post("/jobs", {
      type: "bulk",
      urls: [],
      webhook_url: "https://169.254.169.254/",
    });
    expect(res.status).toBe(422);
    expect(Object.keys(res.json.error.fields).sort()).toEqual(["urls", "webhook_url"]);
  });

  it("spends no Idempotency-Key on a refusal: the key still creates the corrected job", async () => {
    const key = randomUUID();
    const bad = { type: "single", url: "acme.com", webhook_url: "https://[::1]/" };
    expect((await post("/jobs", bad, { "idempotency-key": key })).status).toBe(422);
    expect((await post("/jobs", bad, { "idempotency-key": key })).status).toBe(422);
    const good = { ...bad, webhook_url: "https://hooks.example.com/hook" };
    const res = await post("/jobs", good, { "idempotency-key": key });
    expect(res.status).toBe(202);
    const again = await post("/jobs", good, { "idempotency-key": key });
    expect(again.json.data.id).toBe(res.json.data.id);
  });

  it.each([
    // A public name, written loosely: stored as the check parsed it.
    ["  HTTPS://Hooks.Example.COM:443/a/../hook?x=1  ", "https://hooks.example.com/hook?x=1"],
    // An SSRF_ALLOWLIST host may use plain http and any address.
    ["http://127.0.0.1:9/hook", "http://127.0.0.1:9/hook"],
  ])("accepts %j and stores %s", async (url, stored) => {
    const res = await post("/jobs", { type: "single", url: "acme.com", webhook_url: url });
    expect(res.status).toBe(202);
    expect(res.json.data.webhook_url).toBe(stored);
    expect(res.json.data.webhook_secret).toMatch(/^whsec_/);
    const row = await asServiceRole((tx) =>
      tx
        .selectFrom("scraping_jobs")
        .select("webhook_url")
        .where("id", "=", res.json.data.id)
        .executeTakeFirstOrThrow(),
    );
    expect(row.webhook_url).toBe(stored);
  });
});

describe("createJob (the dashboard's path)", () => {
  it("refuses an inside address with a field error on webhook_url and writes nothing", async () => {
    const before = await footprint();
    const err = await createJob(
      org.claims,
      org.orgId,
      { type: "single", url: "acme.com", webhook_url: "https://169.254.169.254/" },
      { idempotencyKey: `dashboard:${randomUUID()}` },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("validation_failed");
    expect((err as AppError).fields?.webhook_url?.join(" ")).toMatch(/public address/);
    expect(await footprint()).toEqual(before);
  });
});
