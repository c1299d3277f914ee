import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys";
import { memoryCookieJar, resendVerification, setAuthEngine } from "@/lib/auth";
import { MemoryRateLimiter, RATE_LIMIT_POLICIES, setRateLimiter } from "@/lib/ratelimit";
import { asServiceRole, withUser } from "@/lib/db";
import { acceptInvitation, createOrganization, inviteMember } from "@/lib/orgs";
import { unique, useTestDb } from "../helpers/db";
import { createUser, tokenOf } from "../orgs/fixtures";
import { CONFIRM_LINK, mailedToken, PASSWORD, testLocalEngine } from "./helpers";

useTestDb();

// Until its address is verified an account may look around, but cannot accept invitations,
// create API keys or receive starting credits (issue 19); verifying lifts all three.

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string; details?: { reason?: string } }) =>
      `${e.code ?? "thrown"}${e.details?.reason ? `:${e.details.reason}` : ""}`,
  );

async function unverifiedAccount() {
  const { engine } = testLocalEngine();
  const email = `${unique("look")}@example.com`;
  await engine.signUp({ email, password: PASSWORD, fullName: "Uma" }, memoryCookieJar());
  const session = await engine.signIn({ email, password: PASSWORD }, memoryCookieJar());
  return { engine, email, session };
}

const creditsOf = (claims: Parameters<typeof withUser>[0]) =>
  withUser(claims, (tx) =>
    tx
      .selectFrom("credits as c")
      .innerJoin("organizations as o", "o.id", "c.org_id")
      .select(["o.created_by", "c.balance"])
      .execute(),
  );

describe("an unverified account", () => {
  it("signs in to its own organization without starting credits, and gets them once verified", async () => {
    const { engine, email, session } = await unverifiedAccount();
    expect(await creditsOf(session.claims)).toEqual([{ created_by: session.user.id, balance: 0 }]);
    await engine.confirmSignUp(await mailedToken(email, CONFIRM_LINK), memoryCookieJar());
    expect(await creditsOf(session.claims)).toEqual([
      { created_by: session.user.id, balance: 100 },
    ]);
    // Once per user: confirming again (a second link) grants nothing more.
    const grants = await asServiceRole((tx) =>
      tx
        .selectFrom("credit_transactions")
        .select("amount")
        .where("idempotency_key", "=", "signup-grant")
        .where("org_id", "in", (q) =>
          q.selectFrom("organizations").select("id").where("created_by", "=", session.user.id),
        )
        .execute(),
    );
    expect(grants).toHaveLength(1);
  });

  it("cannot accept an invitation to its address until verified", async () => {
    const { engine, email, session } = await unverifiedAccount();
    const admin = await createUser("inviter");
    const org = await createOrganization(admin.claims, { name: "Verified Only" });
    const result = await inviteMember(admin.claims, org.id, { email, role: "member" });
    if (result.delivery !== "link") throw new Error("expected a link without SMTP");
    const token = tokenOf(result.link);

    expect(await outcome(acceptInvitation(session.claims, token))).toBe(
      "forbidden:email_unverified",
    );
    await engine.confirmSignUp(await mailedToken(email, CONFIRM_LINK), memoryCookieJar());
    expect(await outcome(acceptInvitation(session.claims, token))).toBe("ok");
  });

  it("cannot create an API key until verified", async () => {
    const { engine, email, session } = await unverifiedAccount();
    const [own] = await creditsOf(session.claims);
    const orgId = await asServiceRole((tx) =>
      tx
        .selectFrom("organizations")
        .select("id")
        .where("created_by", "=", own!.created_by)
        .executeTakeFirstOrThrow(),
    );
    const create = () =>
      createApiKey(session.claims, { orgId: orgId.id, name: "ci", scopes: ["read"] });
    const refused = await create().catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "forbidden", status: 403 });
    expect((refused as Error).message).toMatch(
      /Verify your email address before creating API keys/,
    );
    const keys = await asServiceRole((tx) =>
      tx.selectFrom("api_keys").select("id").where("org_id", "=", orgId.id).execute(),
    );
    expect(keys).toEqual([]);

    await engine.confirmSignUp(await mailedToken(email, CONFIRM_LINK), memoryCookieJar());
    expect(await outcome(create())).toBe("ok");
  });

  it("can be sent a new link; the newest link is the one that works", async () => {
    const { engine, email, session } = await unverifiedAccount();
    const jar = memoryCookieJar();
    await engine.signIn({ email, password: PASSWORD }, jar);
    const first = await mailedToken(email, CONFIRM_LINK);
    await engine.resendVerification(jar);
    const second = await mailedToken(email, CONFIRM_LINK);
    expect(second).not.toBe(first);
    expect(await outcome(engine.confirmSignUp(first, memoryCookieJar()))).toBe("not_found");
    expect(await outcome(engine.confirmSignUp(second, memoryCookieJar()))).toBe("ok");
    expect(await outcome(engine.resendVerification(jar))).toBe("conflict");
    expect(session.user.email).toBe(email);
  });

  it("is replaced, with what it made, when someone signs up for the address again", async () => {
    const { engine, email, session } = await unverifiedAccount();
    const orgsBefore = await creditsOf(session.claims);
    expect(orgsBefore).toHaveLength(1);
    await engine.signUp({ email, password: "the real owner's pick" }, memoryCookieJar());
    const rows = await asServiceRole((tx) =>
      tx
        .selectFrom("organizations")
        .select("id")
        .where("created_by", "=", session.user.id)
        .execute(),
    );
    expect(rows).toEqual([]);
    const jarOfFirst = memoryCookieJar();
    expect(await outcome(engine.signIn({ email, password: PASSWORD }, jarOfFirst))).toBe(
      "unauthenticated",
    );
  });

  it("limits re-sent links per user", async () => {
    const { engine, email } = await unverifiedAccount();
    const jar = memoryCookieJar();
    await engine.signIn({ email, password: PASSWORD }, jar);
    setAuthEngine(engine);
    setRateLimiter(new MemoryRateLimiter());
    try {
      const { limit } = RATE_LIMIT_POLICIES.verification_resend;
      for (let i = 0; i < limit; i++) await resendVerification({ cookies: jar });
      const refused = await resendVerification({ cookies: jar }).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: "rate_limited", status: 429 });
    } finally {
      setAuthEngine(undefined);
      setRateLimiter(undefined);
    }
  });
});
