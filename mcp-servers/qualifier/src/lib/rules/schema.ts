import { z } from "zod";
import { safeRegexProblem } from "./safe-regex";

// The ideal-customer rule set an organization stores and passes to the qualifier. The dashboard's
// rules editor imports this file, so it stays free of server-only code.

export const OPERATORS = [
  "equals",
  "in",
  "contains",
  "matches",
  "exists",
  "gte",
  "lte",
  "and",
  "or",
  "not",
] as const;
export type Operator = (typeof OPERATORS)[number];

export const MAX_RULES = 200;
export const MAX_CONDITION_DEPTH = 8;

const ZFieldSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(
    /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/,
    "field must be a dotted path such as 'people.title'",
  )
  .describe(
    "Dotted path into the lead facts, e.g. 'derived.businessEmails', 'people.title', 'signals.hiring.strength'",
  );

const ZScalarSchema = z.union([z.string().max(500), z.number(), z.boolean()]);

export type Condition =
  | { op: "equals"; field: string; value: string | number | boolean }
  | { op: "in"; field: string; values: (string | number | boolean)[] }
  | { op: "contains"; field: string; value: string }
  | { op: "matches"; field: string; pattern: string; caseSensitive?: boolean }
  | { op: "exists"; field: string }
  | { op: "gte"; field: string; value: number }
  | { op: "lte"; field: string; value: number }
  | { op: "and"; conditions: Condition[] }
  | { op: "or"; conditions: Condition[] }
  | { op: "not"; condition: Condition };

const ZMatchesSchema = z
  .object({
    op: z.literal("matches"),
    field: ZFieldSchema,
    pattern: z
      .string()
      .min(1)
      .describe("RE2 regular expression (linear time; no backreferences or lookaround)"),
    caseSensitive: z.boolean().optional(),
  })
  .superRefine((c, ctx) => {
    const problem = safeRegexProblem(c.pattern);
    if (problem) ctx.addIssue({ code: "custom", path: ["pattern"], message: problem });
  });

export const ZConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion(
    "op",
    [
      z.object({ op: z.literal("equals"), field: ZFieldSchema, value: ZScalarSchema }),
      z.object({
        op: z.literal("in"),
        field: ZFieldSchema,
        values: z.array(ZScalarSchema).min(1).max(200),
      }),
      z.object({
        op: z.literal("contains"),
        field: ZFieldSchema,
        value: z.string().min(1).max(500),
      }),
      ZMatchesSchema,
      z.object({ op: z.literal("exists"), field: ZFieldSchema }),
      z.object({ op: z.literal("gte"), field: ZFieldSchema, value: z.number() }),
      z.object({ op: z.literal("lte"), field: ZFieldSchema, value: z.number() }),
      z.object({ op: z.literal("and"), conditions: z.array(ZConditionSchema).min(1).max(50) }),
      z.object({ op: z.literal("or"), conditions: z.array(ZConditionSchema).min(1).max(50) }),
      z.object({ op: z.literal("not"), condition: ZConditionSchema }),
    ],
    { error: () => `unknown operator: op must be one of ${OPERATORS.join(", ")}` },
  ),
);

export const ZRuleSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9][a-z0-9_-]*$/, "id must be lowercase letters, digits, '-' or '_'")
    .describe("Stable identifier of the rule"),
  label: z.string().min(1).max(200).describe("Shown to sales reps as the reason's factor"),
  points: z
    .number()
    .int()
    .min(-100)
    .max(100)
    .describe("Points added when the condition holds (negative subtracts)"),
  when: ZConditionSchema.describe("Condition over lead facts and detected signals"),
});
export type Rule = z.infer<typeof ZRuleSchema>;

export const ZThresholdsSchema = z
  .object({
    hot: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(70)
      .describe("Score at or above which a lead is hot"),
    warm: z
      .number()
      .int()
      .min(0)
      .max(99)
      .default(40)
      .describe("Score at or above which a lead is warm"),
  })
  .refine((t) => t.hot > t.warm, {
    message: "thresholds.hot must be greater than thresholds.warm",
  });
export type Thresholds = z.infer<typeof ZThresholdsSchema>;

function depthOf(c: Condition): number {
  if (c.op === "and" || c.op === "or") return 1 + Math.max(0, ...c.conditions.map(depthOf));
  if (c.op === "not") return 1 + depthOf(c.condition);
  return 1;
}

export const ZRuleSetSchema = z
  .object({
    name: z.string().min(1).max(200).optional().describe("Name of the ideal-customer profile"),
    base: z.number().int().min(0).max(100).default(0).describe("Points every lead starts with"),
    thresholds: ZThresholdsSchema.default({ hot: 70, warm: 40 }),
    rules: z
      .array(ZRuleSchema)
      .min(1)
      .max(MAX_RULES)
      .describe("Rules, each adding points when its condition holds"),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.rules.forEach((rule, i) => {
      if (seen.has(rule.id))
        ctx.addIssue({
          code: "custom",
          path: ["rules", i, "id"],
          message: `duplicate rule id '${rule.id}'`,
        });
      seen.add(rule.id);
      if (depthOf(rule.when) > MAX_CONDITION_DEPTH)
        ctx.addIssue({
          code: "custom",
          path: ["rules", i, "when"],
          message: `conditions nest deeper than ${MAX_CONDITION_DEPTH}`,
        });
    });
  });

export type RuleSet = z.output<typeof ZRuleSetSchema>;
export type RuleSetInput = z.input<typeof ZRuleSetSchema>;

export { DEFAULT_RULE_SET } from "./default-profile";
