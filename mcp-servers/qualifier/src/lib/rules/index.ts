export {
  ZRuleSetSchema,
  ZConditionSchema,
  ZRuleSchema,
  OPERATORS,
  DEFAULT_RULE_SET,
} from "./schema";
export type { RuleSet, RuleSetInput, Rule, Condition, Thresholds } from "./schema";
export { scoreLead, statusFor, clampScore } from "./score";
