// Leads: the write side used by the job pipeline (reads for the API live beside it).
export { ZScrapedSiteSchema, leadFromScrape, leadDataFor, oneLine } from "./from-scrape";
export type { ScrapedSite, LeadDraft } from "./from-scrape";
export { upsertLead, type LeadSource, type UpsertedLead } from "./upsert-lead";
export {
  ZQualificationSchema,
  ZCompanyEnrichmentSchema,
  applyQualification,
} from "./apply-results";
export type { Qualification, CompanyEnrichment } from "./apply-results";
// Read side for the REST API and exports.
export {
  ZListLeadsQuerySchema,
  ZExportLeadsQuerySchema,
  ZUpdateLeadSchema,
  ZLeadIdSchema,
  ZLeadStatusSchema,
  ZLeadStageSchema,
  ZLeadSortSchema,
  MAX_EXPORT_ROWS,
  type ListLeadsQuery,
  type ExportLeadsQuery,
  type UpdateLeadInput,
} from "./lead-query-schemas";
export {
  listLeads,
  listLeadsJson,
  listParsedLeadsJson,
  type LeadPage,
  type LeadPageJson,
} from "./list-leads";
export { getLead } from "./get-lead";
export { updateLead } from "./update-lead";
// The pipeline: the stage machine, moves with history, the notes thread.
export {
  STAGE_TRANSITIONS,
  STAGE_LABELS,
  allowedNextStages,
  canMoveStage,
  isReopen,
  refusedMoveMessage,
} from "./stages";
export {
  ZMoveStageSchema,
  ZAddNoteSchema,
  ZNoteBodySchema,
  MAX_NOTE_LENGTH,
  type MoveStageInput,
  type AddNoteInput,
} from "./pipeline-schemas";
export { moveLeadStage, type LeadActor, type StageChange } from "./move-stage";
export { addLeadNote, listLeadNotes, type LeadNote } from "./lead-notes";
export { getLeadHistory, type LeadHistory, type StageHistoryEntry } from "./lead-history";
export { deleteLead } from "./delete-lead";
export {
  exportLeads,
  exportParsedLeads,
  exportSelectedLeads,
  toCsv,
  leadsToCsv,
  EXPORT_BATCH,
  type LeadExport,
} from "./export-leads";
export {
  EXPORT_ROLES,
  canExportLeads,
  assertCanExportLeads,
  EXPORT_FORBIDDEN_MESSAGE,
} from "./export-permission";
// Bulk actions from the dashboard's leads table.
export {
  updateLeadsStage,
  deleteLeads,
  getLeadsByIds,
  ZLeadIdsSchema,
  ZBulkStageSchema,
  ZBulkLeadsSchema,
  MAX_BULK_LEADS,
} from "./bulk-leads";
export type { Lead, LeadDetail } from "./lead-view";
