import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryCookieJar, setAuthEngine, signUp } from "@/lib/auth";
import { MemoryRateLimiter, RATE_LIMIT_POLICIES, setRateLimiter } from "@/lib/ratelimit";
import { asServiceRole } from "@/lib/db";
import { unique, useTestDb } from "../helpers/db";
import { PASSWORD, testLocalEngine } from "./helpers";

useTestDb();

// Sign-up is rate limited per IP through the `sign_up` policy (security #16 item 14): each account
// brings the free plan's starting credits, so one address must not mint them in bulk.

const t = testLocalEngine();
beforeAll(() => {
  setAuthEngine(t.engine);
  setRateLimiter(new MemoryRateLimiter());
});
afterAll(() => {
  setAuthEngine(undefined);
  setRateLimiter(undefined);
});

const attempt = (ip: string, password = "short") =>
  signUp(
    { email: `${unique("burst")}@example.com`, password },
    { cookies: memoryCookieJar(), ip },
  ).then(
    () => "ok",
    (e: { code?: string }) => e.code ?? "thrown",
  );

describe("sign-up per IP", () => {
  it("counts every attempt from one address and refuses past the policy's limit", async () => {
    const { limit } = RATE_LIMIT_POLICIES.sign_up;
    // Refused attempts (a too-short password) count too: the limit comes before any work.
    for (let i = 0; i < limit; i++) expect(await attempt("10.7.0.1")).toBe("validation_failed");

    const email = `${unique("late")}@example.com`;
    const refused = await signUp(
      { email, password: PASSWORD },
      { cookies: memoryCookieJar(), ip: "10.7.0.1" },
    ).then(
      () => null,
      (e: { code?: string; message?: string }) => e,
    );
    expect(refused).toMatchObject({ code: "rate_limited" });
    expect(refused?.message).toMatch(/Too many accounts were created from your network/);
    const written = await asServiceRole((tx) =>
      tx.selectFrom("auth.users").select("id").where("email", "=", email).execute(),
    );
    expect(written).toEqual([]);

    // Another address has its own allowance.
    expect(await attempt("10.7.0.2", PASSWORD)).toBe("ok");
  });
});
