import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { maxJobCost } from "@/lib/credits";
import { resetEnvForTests } from "@/lib/env";
import {
  enrichCallArgs,
  enrichKeysOf,
  enrichOnOwnKeys,
  ownEnrichKeysRule,
  platformEnrichProviders,
} from "@/lib/jobs/pipeline/enrich-keys";
import { newJobPricing } from "@/lib/jobs";
import { createOrganization } from "@/lib/orgs";
import { removeProviderKey, saveProviderKey } from "@/lib/provider-keys";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";

// The rule for enrichment on an organization's own Hunter and Apollo keys: free only when its
// keys cover every paid provider that would serve the lead, and what the enricher is told when a
// key was removed after the job was created.
useTestDb();

const HUNTER = "hunter-own-key-for-rule-1111";
const APOLLO = "apollo-own-key-for-rule-2222";
const PLATFORM_VARS = [
  "HUNTER_API_KEY",
  "APOLLO_API_KEY",
  "LINKEDIN_SEARCH_API_KEY",
  "LINKEDIN_SEARCH_BASE_URL",
] as const;

function platform(vars: Partial<Record<(typeof PLATFORM_VARS)[number], string>>) {
  for (const v of PLATFORM_VARS) delete process.env[v];
  Object.assign(process.env, vars);
  resetEnvForTests();
}
afterEach(() => platform({}));

describe("enrichOnOwnKeys", () => {
  it("is free only when the organization's keys cover every paid provider the platform runs", () => {
    platform({ HUNTER_API_KEY: "p-h", APOLLO_API_KEY: "p-a" });
    expect(platformEnrichProviders()).toEqual(["hunter", "apollo"]);
    expect(enrichOnOwnKeys(["hunter", "apollo"])).toBe(true);
    expect(enrichOnOwnKeys(["anthropic", "hunter", "apollo"])).toBe(true);
    expect(enrichOnOwnKeys(["hunter"])).toBe(false);
    expect(enrichOnOwnKeys(["anthropic"])).toBe(false);
    expect(enrichOnOwnKeys([])).toBe(false);

    platform({ HUNTER_API_KEY: "p-h" });
    expect(enrichOnOwnKeys(["hunter"])).toBe(true);
    expect(enrichOnOwnKeys(["apollo"])).toBe(false);
  });

  it("charges a platform without paid providers as before, unless the organization brings one", () => {
    platform({});
    expect(enrichOnOwnKeys([])).toBe(false);
    expect(enrichOnOwnKeys(["apollo"])).toBe(true);
  });

  it("charges whenever the platform runs LinkedIn search, which takes no organization key", () => {
    platform({
      HUNTER_API_KEY: "p-h",
      LINKEDIN_SEARCH_API_KEY: "p-l",
      LINKEDIN_SEARCH_BASE_URL: "http://127.0.0.1:9",
    });
    expect(enrichOnOwnKeys(["hunter", "apollo"])).toBe(false);
  });

  it("tells the settings page what the keys change on this installation", () => {
    platform({ HUNTER_API_KEY: "p-h", APOLLO_API_KEY: "p-a" });
    expect(ownEnrichKeysRule()).toMatch(/uses Hunter and Apollo: with your keys for all of them/);
    platform({ APOLLO_API_KEY: "p-a" });
    expect(ownEnrichKeysRule()).toMatch(/with your own Apollo key saved .* costs no credits/);
    platform({ LINKEDIN_SEARCH_API_KEY: "p-l", LINKEDIN_SEARCH_BASE_URL: "http://127.0.0.1:9" });
    expect(ownEnrichKeysRule()).toMatch(/charged credits as usual/);
  });

  it("agrees with the hold: a free enrichment holds nothing for it", () => {
    const opts = { qualify: false, enrich: true, llm: false };
    expect(maxJobCost(3, { ...opts, ownEnrich: true })).toBe(3);
    expect(maxJobCost(3, opts)).toBe(6);
  });
});

describe("enrichCallArgs", () => {
  let admin: TestUser;
  let orgId: string;
  beforeAll(async () => {
    admin = await createUser("enrich-keys");
    orgId = (await createOrganization(admin.claims, { name: "Enrich Keys" })).id;
    await saveProviderKey(admin.claims, orgId, { provider: "hunter", key: HUNTER });
    await saveProviderKey(admin.claims, orgId, { provider: "apollo", key: APOLLO });
  });

  it("prices the New job form's estimate the way job creation will hold", async () => {
    platform({ HUNTER_API_KEY: "p-h", APOLLO_API_KEY: "p-a" });
    delete process.env.ANTHROPIC_API_KEY;
    resetEnvForTests();
    expect(await newJobPricing(admin.claims, orgId)).toEqual({
      llm: false,
      ownLlmKey: false,
      ownEnrich: true,
    });
    platform({
      HUNTER_API_KEY: "p-h",
      APOLLO_API_KEY: "p-a",
      LINKEDIN_SEARCH_API_KEY: "p-l",
      LINKEDIN_SEARCH_BASE_URL: "http://127.0.0.1:9",
    });
    expect((await newJobPricing(admin.claims, orgId)).ownEnrich).toBe(false);
  });

  it("opens the organization's keys for the providers the job uses them for", async () => {
    const keys = enrichKeysOf({ ownKeys: ["anthropic", "hunter", "apollo"], ownEnrich: true });
    expect(keys).toEqual({ own: ["hunter", "apollo"], free: true });
    expect(await enrichCallArgs(orgId, keys)).toEqual({
      provider_keys: { hunter: HUNTER, apollo: APOLLO },
    });
    expect(await enrichCallArgs(orgId, enrichKeysOf({ ownKeys: ["apollo"] }))).toEqual({
      provider_keys: { apollo: APOLLO },
    });
    expect(await enrichCallArgs(orgId, enrichKeysOf({}))).toEqual({});
  });

  it("after a key is removed: skips that provider when the job is free, else leaves it to the platform", async () => {
    await removeProviderKey(admin.claims, orgId, "hunter");
    // Free: the job holds no credits for Hunter on the platform's key.
    expect(await enrichCallArgs(orgId, { own: ["hunter", "apollo"], free: true })).toEqual({
      provider_keys: { apollo: APOLLO },
      skip_providers: ["hunter"],
    });
    // Charged: the job holds the enrichment price, which pays for the platform's key.
    expect(await enrichCallArgs(orgId, { own: ["hunter"], free: false })).toEqual({});
  });

  it("never calls a paid provider on the platform's key for a free job, even one configured since", async () => {
    // Created free with only a Hunter key (the platform ran Hunter alone); Apollo configured
    // since: the job skips Apollo rather than spend credits it does not hold.
    expect(await enrichCallArgs(orgId, { own: ["apollo"], free: true })).toEqual({
      provider_keys: { apollo: APOLLO },
      skip_providers: ["hunter"],
    });
  });
});
