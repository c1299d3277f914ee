// Analytics: the Analytics page's and the home page's charts, each one query per organization
// and date range, run as the member (RLS), and each chart's numbers as CSV.
export { leadsPerDay, leadsByStage, stageConversion, topSources } from "./lead-queries";
export { creditsPerDay, jobsPerDay } from "./activity-queries";
export { loadAnalytics, type Analytics } from "./load-analytics";
export { chartCsv, CHART_TABLES } from "./chart-csv";
export { resolveRange, rangeBounds, rangeParams } from "./range";
export { conversionFrom, FUNNEL_STAGES, type StageReach } from "./funnel";
export { planSourceCount, type SourcePlan, type LeadSpan } from "./source-segments";
export * from "./schemas";
