import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

// The billing commands as operators run them: child processes on a PGlite directory of their own.

describe("pnpm cli plan set / credits grant", () => {
  const root = mkdtempSync(path.join(tmpdir(), "leadscout-billing-cli-"));
  const cli = (args: string[]) => runCli(args, { PGLITE_DIR: path.join(root, "pglite") });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("sets the plan (allowance topped up now), grants purchased credits, refuses bad input", async () => {
    const user = await cli([
      "user",
      "create",
      "--email",
      "ops@example.com",
      "--password",
      "correct horse battery",
    ]);
    expect(user.code, user.stderr).toBe(0);
    const org = await cli([
      "org",
      "create",
      "--name",
      "Acme",
      "--owner",
      "ops@example.com",
      "--slug",
      "acme",
    ]);
    expect(org.code, org.stderr).toBe(0);

    const plan = await cli(["plan", "set", "--org", "acme", "--plan", "pro"]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.json()).toMatchObject({
      org: "acme",
      plan: "pro",
      previous: "free",
      credits: { balance: 10_000, purchased: 0, allowance: 10_000 },
    });
    const grant = await cli([
      "credits",
      "grant",
      "--org",
      "acme",
      "--amount",
      "250",
      "--reason",
      "Pilot bonus",
    ]);
    expect(grant.code, grant.stderr).toBe(0);
    expect(grant.json()).toMatchObject({
      granted: 250,
      credits: { balance: 10_250, purchased: 250, allowance: 10_000 },
    });

    const badPlan = await cli(["plan", "set", "--org", "acme", "--plan", "platinum"]);
    expect(badPlan.code).toBe(1);
    expect(badPlan.error()).toMatchObject({
      code: "validation_failed",
      fields: { plan: [expect.any(String)] },
    });
    const badGrant = await cli([
      "credits",
      "grant",
      "--org",
      "nope",
      "--amount=-5",
      "--reason",
      "x",
    ]);
    expect(badGrant.code).toBe(1);
    expect(Object.keys(badGrant.error().fields ?? {}).sort()).toEqual(["amount", "reason"]);
    const unknown = await cli([
      "credits",
      "grant",
      "--org",
      "nope",
      "--amount",
      "5",
      "--reason",
      "typo",
    ]);
    expect(unknown.error()).toMatchObject({ code: "not_found" });
  }, 600_000);
});
