import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  MemoryRateLimiter,
  RATE_LIMIT_POLICIES,
  UpstashRateLimiter,
  limiterFromEnv,
  setRateLimiter,
  type RateLimiter,
} from "@/lib/ratelimit";
import { useTestDb } from "../helpers/db";
import { dispatch } from "./harness/routes";
import { bearer, createApiOrg, type ApiOrg } from "./harness/world";
import { startUpstashRestServer, type UpstashRestServer } from "./upstash-rest-server";

useTestDb();

const get = (key?: string, ip = "198.51.100.7") =>
  dispatch(
    new Request("http://api.test/api/v1/me", {
      headers: { ...(key ? bearer(key) : {}), "x-forwarded-for": ip },
    }),
  );

let free: ApiOrg;
let paid: ApiOrg;
let upstash: UpstashRestServer;

beforeAll(async () => {
  free = await createApiOrg({ plan: "free" });
  paid = await createApiOrg({ plan: "pro" });
  upstash = await startUpstashRestServer();
}, 60_000);

afterAll(async () => {
  setRateLimiter(undefined);
  await upstash?.close();
});

/** Runs `limit` allowed requests, then checks the next is a 429 with the right headers. */
async function expectLimitAt(limit: number, send: () => Promise<Response>) {
  let last: Response | undefined;
  for (let i = 1; i <= limit; i++) {
    last = await send();
    expect(last.status).toBe(200);
    expect(last.headers.get("x-ratelimit-limit")).toBe(String(limit));
    expect(last.headers.get("x-ratelimit-remaining")).toBe(String(limit - i));
  }
  const refused = await send();
  expect(refused.status).toBe(429);
  const body = (await refused.json()) as { success: boolean; error: { code: string } };
  expect(body).toMatchObject({ success: false, error: { code: "rate_limited" } });
  expect(refused.headers.get("x-ratelimit-remaining")).toBe("0");
  const reset = Number(refused.headers.get("x-ratelimit-reset"));
  const retryAfter = Number(refused.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(reset * 1000).toBeGreaterThan(Date.now() - 61_000);
  expect(reset * 1000).toBeLessThanOrEqual(Date.now() + 61_000);
  expect(refused.headers.get("x-request-id")).toBeTruthy();
}

/**
 * Windows are fixed minutes, counted by the caller's clock (the in-process limiter's and
 * @upstash/ratelimit's alike: the window's key is `floor(now / window)`). Each engine gets a clock
 * that stands still, so a run that happens to cross a minute boundary never starts counting afresh.
 */
function freezeClock(): number {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now());
  return Date.now();
}

afterEach(() => {
  vi.useRealTimers();
});

const engines: [string, () => Promise<RateLimiter>][] = [
  [
    "in-process",
    async () => {
      const frozen = freezeClock();
      return new MemoryRateLimiter(() => frozen);
    },
  ],
  [
    "Upstash SDK against redis-server",
    async () => {
      freezeClock();
      return new UpstashRateLimiter({
        url: upstash.url,
        token: upstash.token,
        prefix: `t${Date.now()}`,
      });
    },
  ],
];

describe.each(engines)("rate limits (%s)", (_name, make) => {
  it("a free-plan key gets 100 a minute and the 101st is a 429", { timeout: 120_000 }, async () => {
    setRateLimiter(await make());
    await expectLimitAt(RATE_LIMIT_POLICIES.api_key_free.limit, () => get(free.keys.read));
  });

  it(
    "a Pro-plan key gets 1,000 a minute; keys count separately",
    { timeout: 180_000 },
    async () => {
      setRateLimiter(await make());
      await expectLimitAt(RATE_LIMIT_POLICIES.api_key_pro.limit, () => get(paid.keys.read));
      expect((await get(paid.keys.all)).status).toBe(200);
    },
  );

  it("requests without a valid key get 10 a minute per IP", { timeout: 120_000 }, async () => {
    setRateLimiter(await make());
    const bad = "ls_live_" + "B".repeat(40);
    for (let i = 1; i <= 10; i++) {
      const res = await get(bad, "203.0.113.9");
      expect(res.status).toBe(401);
      expect(res.headers.get("x-ratelimit-remaining")).toBe(String(10 - i));
    }
    const refused = await get(bad, "203.0.113.9");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBeTruthy();
    expect((await get(bad, "203.0.113.10")).status).toBe(401);
  });
});

it("the Upstash limiter really went through the REST server to Redis", () => {
  expect(upstash.commands.some((c) => /^(EVAL|EVALSHA)$/i.test(c[0]!))).toBe(true);
});

it("chooses Upstash only when both variables are set", () => {
  expect(limiterFromEnv({}).kind).toBe("memory");
  expect(limiterFromEnv({ UPSTASH_REDIS_REST_URL: upstash.url }).kind).toBe("memory");
  expect(
    limiterFromEnv({ UPSTASH_REDIS_REST_URL: upstash.url, UPSTASH_REDIS_REST_TOKEN: "t" }).kind,
  ).toBe("upstash");
});
