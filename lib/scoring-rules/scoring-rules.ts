import { sql } from "kysely";
import { recordAudit } from "@/lib/audit";
import { withUser, type JwtClaims } from "@/lib/db";
import { AppError, notFound, validationError } from "@/lib/errors";
import { DEFAULT_RULE_SET } from "@leadscout/mcp-qualifier/rules/schema";
import { ZRuleSetSchema, type RuleSet, type RuleSetInput } from "./schemas";

// An organization's ideal-customer rules live in organizations.scoring_rules (null: the
// qualifier's default profile). The pipeline passes the stored value to the qualifier as is.

export interface OrgScoringRules {
  /** What scores the organization's leads now. */
  rules: RuleSet;
  /** True when nothing is stored and the default profile applies. */
  isDefault: boolean;
  /** Set when a stored set no longer validates: the pipeline falls back to the default. */
  storedProblem: string | null;
}

export async function getScoringRules(claims: JwtClaims, orgId: string): Promise<OrgScoringRules> {
  const row = await withUser(claims, (tx) =>
    tx
      .selectFrom("organizations")
      .select("scoring_rules")
      .where("id", "=", orgId)
      .executeTakeFirst(),
  );
  if (!row) throw notFound("Organization");
  if (row.scoring_rules === null) {
    return { rules: DEFAULT_RULE_SET, isDefault: true, storedProblem: null };
  }
  const parsed = ZRuleSetSchema.safeParse(row.scoring_rules);
  if (parsed.success) return { rules: parsed.data, isDefault: false, storedProblem: null };
  return {
    rules: DEFAULT_RULE_SET,
    isDefault: true,
    storedProblem: parsed.error.issues
      .map((i) => `${i.path.join(".") || "rules"}: ${i.message}`)
      .join("; "),
  };
}

/**
 * Stores a rule set (null: back to the default profile). Admins only: the organizations update
 * policy lets no one else change the row, so zero rows updated means the caller may not.
 */
async function store(claims: JwtClaims, orgId: string, rules: RuleSet | null): Promise<void> {
  const json = rules === null ? null : JSON.stringify(rules);
  const updated = await withUser(claims, async (tx) => {
    const row = await tx
      .updateTable("organizations")
      .set({ scoring_rules: json === null ? null : sql`${json}::jsonb`, updated_at: new Date() })
      .where("id", "=", orgId)
      .returning("id")
      .executeTakeFirst();
    if (row)
      await recordAudit(tx, {
        orgId,
        actorId: claims.sub,
        action: rules === null ? "scoring_rules.reset" : "scoring_rules.updated",
        targetType: "scoring_rules",
        targetId: orgId,
        metadata: rules === null ? {} : { name: rules.name ?? null, rules: rules.rules.length },
      });
    return row;
  });
  if (!updated) throw new AppError("forbidden", "Only admins can change the scoring rules");
}

export async function saveScoringRules(
  claims: JwtClaims,
  orgId: string,
  input: RuleSetInput,
): Promise<RuleSet> {
  const parsed = ZRuleSetSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The rules are invalid");
  await store(claims, orgId, parsed.data);
  return parsed.data;
}

export async function resetScoringRules(claims: JwtClaims, orgId: string): Promise<RuleSet> {
  await store(claims, orgId, null);
  return DEFAULT_RULE_SET;
}
