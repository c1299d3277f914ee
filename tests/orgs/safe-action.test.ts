import { redirect } from "next/navigation";
import { describe, expect, it, onTestFinished } from "vitest";
import { z } from "zod";
import { createSafeAction, formDataToObject } from "@/lib/actions/create-safe-action";
import type { Session } from "@/lib/auth/types";
import {
  acceptInvitation,
  changeRole,
  createOrganization,
  inviteMember,
  listMemberships,
  renameOrganization,
  ZChangeRoleSchema,
  ZRenameOrganizationSchema,
} from "@/lib/orgs";
import { MemoryRateLimiter, setRateLimiter } from "@/lib/ratelimit";
import { useTestDb } from "../helpers/db";
import { createUser, tokenOf, type TestUser } from "./fixtures";

useTestDb();

const sessionOf = (u: TestUser): Session => ({
  user: { id: u.id, email: u.email },
  claims: u.claims,
  provider: "local",
  expiresAt: Date.now() + 60_000,
});

function actionsFor(u: TestUser) {
  const safeAction = createSafeAction(async () => sessionOf(u));
  return {
    rename: safeAction(
      { name: "org.rename", schema: ZRenameOrganizationSchema, roles: ["admin"] },
      (input, { session, org }) => renameOrganization(session.claims, org.id, input),
    ),
    changeRole: safeAction(
      { name: "team.change-role", schema: ZChangeRoleSchema, roles: ["admin"] },
      (input, { session, org }) => changeRole(session.claims, org.id, input),
    ),
    goAway: safeAction({ name: "redirects", schema: z.object({}), org: false }, async () =>
      redirect("/elsewhere"),
    ),
  };
}

describe("safe actions", () => {
  it("returns data for a valid call from FormData, on the caller's current organization", async () => {
    const admin = await createUser();
    const org = await createOrganization(admin.claims, { name: "Before" });
    const form = new FormData();
    form.set("name", "  After  ");
    const result = await actionsFor(admin).rename(form);
    expect(result).toEqual({
      ok: true,
      data: expect.objectContaining({ id: org.id, name: "After" }),
    });
  });

  it("returns every field error of invalid input without calling lib", async () => {
    const admin = await createUser();
    await createOrganization(admin.claims, { name: "Org" });
    const result = await actionsFor(admin).changeRole({ userId: "nope", role: "owner" as "admin" });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "validation_failed",
        message: "Some fields are invalid",
        fields: { userId: ["Member not found"], role: ["Choose admin, member or viewer"] },
      },
    });
  });

  it("refuses text Postgres cannot store, naming the field, before anything is written", async () => {
    const admin = await createUser();
    const org = await createOrganization(admin.claims, { name: "Kept" });
    const form = new FormData();
    form.set("name", "Null\u0000Corp");
    expect(await actionsFor(admin).rename(form)).toMatchObject({
      ok: false,
      error: { code: "validation_failed", fields: { name: ["Must not contain NUL characters"] } },
    });
    expect(await actionsFor(admin).rename({ name: "Half \ud800 pair" })).toMatchObject({
      ok: false,
      error: { code: "validation_failed", fields: { name: [expect.stringMatching(/surrogate/)] } },
    });
    const [membership] = (await listMemberships(admin.claims)).filter((m) => m.id === org.id);
    expect(membership?.name).toBe("Kept");
  });

  it("refuses a role below the one required, and a user with no organization", async () => {
    const admin = await createUser();
    const viewer = await createUser();
    const org = await createOrganization(admin.claims, { name: "Guarded" });
    const invite = await inviteMember(admin.claims, org.id, {
      email: viewer.email,
      role: "viewer",
    });
    if (invite.delivery !== "link") throw new Error("expected link");
    await acceptInvitation(viewer.claims, tokenOf(invite.link));

    const denied = await actionsFor(viewer).rename({ name: "Mine now" });
    expect(denied).toMatchObject({ ok: false, error: { code: "forbidden" } });

    const loner = await createUser();
    const none = await actionsFor(loner).rename({ name: "x" });
    expect(none).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("maps the last-admin refusal to a conflict the form can show", async () => {
    const admin = await createUser();
    await createOrganization(admin.claims, { name: "Solo" });
    const result = await actionsFor(admin).changeRole({ userId: admin.id, role: "viewer" });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "conflict", message: expect.stringContaining("at least one admin") },
    });
  });

  it("refuses to act when the page showed a different organization than the current one", async () => {
    const admin = await createUser();
    const first = await createOrganization(admin.claims, { name: "First" });
    await createOrganization(admin.claims, { name: "Second" }); // now current
    const stale = await actionsFor(admin).rename({ name: "Renamed", orgId: first.id });
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict" } });
    const form = new FormData();
    form.set("name", "Renamed");
    form.set("orgId", first.id);
    expect(await actionsFor(admin).rename(form)).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    expect((await listMemberships(admin.claims)).map((m) => m.name).sort()).toEqual([
      "First",
      "Second",
    ]);
  });

  it("lets a redirect from the handler through", async () => {
    const u = await createUser();
    await expect(actionsFor(u).goAway({})).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });

  it("turns repeated FormData keys into arrays and drops React's bookkeeping", () => {
    const form = new FormData();
    form.append("tag", "a");
    form.append("tag", "b");
    form.append("name", "x");
    form.append("$ACTION_ID_abc", "");
    expect(formDataToObject(form)).toEqual({ tag: ["a", "b"], name: "x" });
  });
  it("refuses a user's 101st action in a minute, and no one else's", async () => {
    // A clock that stands still: the 101 calls must not straddle a minute boundary.
    const minute = Date.now();
    setRateLimiter(new MemoryRateLimiter(() => minute));
    onTestFinished(() => setRateLimiter(undefined));
    const busy = await createUser();
    await createOrganization(busy.claims, { name: "Busy" });
    const other = await createUser();
    await createOrganization(other.claims, { name: "Calm" });
    const rename = actionsFor(busy).rename;
    for (let i = 0; i < 100; i++) expect((await rename({ name: `Busy ${i}` })).ok).toBe(true);
    const refused = await rename({ name: "One more" });
    expect(refused).toMatchObject({ ok: false, error: { code: "rate_limited" } });
    expect((await actionsFor(other).rename({ name: "Still fine" })).ok).toBe(true);
  });
});
