import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  mapRuleSetErrors,
  toFormValues,
  toRuleSetInput,
} from "@/components/settings/scoring/form-values";
import { SAMPLE_LEAD } from "@/components/settings/scoring/sample-lead";
import { getScoringRules } from "@/lib/scoring-rules";
import { DEFAULT_RULE_SET } from "@leadscout/mcp-qualifier/rules";
import { useTestDb } from "../helpers/db";
import { createTestOrg, mockSession, signedIn, type TestOrg } from "./settings-session";

vi.mock("@/lib/auth", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth")>()),
  requireSession: mockSession,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { saveScoringRulesAction, resetScoringRulesAction, previewScoringAction } =
  await import("@/lib/scoring-rules/actions");

useTestDb();

const MINE = {
  name: "Agencies",
  base: 10,
  thresholds: { hot: 60, warm: 30 },
  rules: [
    {
      id: "head-of",
      label: "Head of something",
      points: 50,
      when: { op: "matches" as const, field: "people.title", pattern: "\\bhead of" },
    },
  ],
};

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg("Scoring Org");
});

describe("scoring rules settings actions", () => {
  it("saves an admin's rules; the organization then scores with them", async () => {
    signedIn.user = org.admin;
    const result = await saveScoringRulesAction({ ...MINE, orgId: org.orgId });
    expect(result).toMatchObject({ ok: true, data: { name: "Agencies", base: 10 } });
    const stored = await getScoringRules(org.viewer.claims, org.orgId);
    expect(stored).toMatchObject({ isDefault: false, storedProblem: null, rules: MINE });
  });

  it("returns every field error by path (regex, duplicate id, thresholds) and stores nothing", async () => {
    signedIn.user = org.admin;
    const bad = {
      base: 0,
      thresholds: { hot: 30, warm: 50 },
      rules: [
        { ...MINE.rules[0]!, when: { op: "matches", field: "people.title", pattern: "(a)\\1" } },
        { ...MINE.rules[0]!, label: "Again" },
        { id: "Bad Id", label: "", points: 500, when: { op: "nope", field: "x" } },
      ],
    };
    const result = await saveScoringRulesAction(bad as never);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("validation_failed");
    const fields = result.error.fields ?? {};
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining([
        "thresholds",
        "rules.0.when.pattern",
        "rules.2.id",
        "rules.2.label",
        "rules.2.points",
        "rules.2.when.op",
      ]),
    );
    // The form shows each under its own field; the regex problem under rule 1's condition box.
    const { byField, other } = mapRuleSetErrors(fields);
    expect(byField["rules.0.when"]).toMatch(/^pattern: .*RE2/);
    expect(byField["thresholds.hot"]).toMatch(/greater than/);
    expect(byField["rules.2.when"]).toMatch(/^op: unknown operator/);
    expect(other).toEqual([]);
    // Whole-set checks (duplicate ids) run once each rule is valid on its own.
    const dup = await saveScoringRulesAction({ ...MINE, rules: [MINE.rules[0]!, MINE.rules[0]!] });
    expect(dup).toMatchObject({
      ok: false,
      error: { fields: { "rules.1.id": ["duplicate rule id 'head-of'"] } },
    });
    expect((await getScoringRules(org.admin.claims, org.orgId)).rules).toEqual(MINE);
  });

  it("refuses a member and a viewer, leaving the rules as they were", async () => {
    for (const user of [org.member, org.viewer]) {
      signedIn.user = user;
      const save = await saveScoringRulesAction({ ...MINE, name: "Hijacked", orgId: org.orgId });
      expect(save).toMatchObject({ ok: false, error: { code: "forbidden" } });
      const reset = await resetScoringRulesAction({ orgId: org.orgId });
      expect(reset).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect((await getScoringRules(org.admin.claims, org.orgId)).rules.name).toBe("Agencies");
  });

  it("previews for anyone in the organization, in process, and names a bad sample lead's fields", async () => {
    signedIn.user = org.viewer;
    const preview = await previewScoringAction({
      orgId: org.orgId,
      rules: MINE,
      lead: SAMPLE_LEAD,
    });
    expect(preview).toMatchObject({
      ok: true,
      data: {
        score: 60,
        status: "hot",
        method: "rules",
        reasons: [
          {
            factor: "Head of something",
            points: 50,
            evidence: expect.stringContaining("Head of Sales"),
          },
        ],
      },
    });
    const bad = await previewScoringAction({
      orgId: org.orgId,
      rules: MINE,
      lead: { emails: "not-a-list" } as never,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: "validation_failed" } });
    if (bad.ok) return;
    expect(Object.keys(bad.error.fields ?? {}).every((k) => k.startsWith("lead"))).toBe(true);
  });

  it("restores the default profile for an admin", async () => {
    signedIn.user = org.admin;
    expect(await resetScoringRulesAction({ orgId: org.orgId })).toMatchObject({ ok: true });
    expect(await getScoringRules(org.member.claims, org.orgId)).toMatchObject({
      isDefault: true,
      rules: DEFAULT_RULE_SET,
    });
  });

  it("round-trips the default profile through the editor's form values unchanged", () => {
    const { input, jsonErrors } = toRuleSetInput(toFormValues(DEFAULT_RULE_SET));
    expect(jsonErrors).toEqual({});
    expect(input).toEqual(DEFAULT_RULE_SET);
    // Leaves print on one line; text inside values must survive exactly.
    const tricky = {
      ...MINE,
      rules: [
        {
          ...MINE.rules[0]!,
          when: {
            op: "or" as const,
            conditions: [
              { op: "matches" as const, field: "people.title", pattern: '"a","b":{c}' },
              { op: "in" as const, field: "enrichment.employeeRange", values: ["51-200", 7] },
            ],
          },
        },
      ],
    };
    expect(toRuleSetInput(toFormValues(tricky)).input).toEqual(tricky);
    const broken = toFormValues(DEFAULT_RULE_SET);
    broken.rules[2]!.when = "{ not json";
    expect(Object.keys(toRuleSetInput(broken).jsonErrors)).toEqual(["rules.2.when"]);
  });
});
