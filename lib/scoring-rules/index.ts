// Scoring rules: the organization's ideal-customer profile, stored for the pipeline's qualifier.
export {
  getScoringRules,
  saveScoringRules,
  resetScoringRules,
  type OrgScoringRules,
} from "./scoring-rules";
export { previewScore } from "./preview";
export {
  ZRuleSetSchema,
  ZLeadDataSchema,
  ZPreviewScoringSchema,
  type RuleSet,
  type RuleSetInput,
  type LeadData,
  type Qualification,
  type PreviewScoringInput,
} from "./schemas";
