// Inbound capture: forms a team puts on its site, the public endpoint and hosted page behind them,
// and what a submission does (a lead, a contact, emails, lead.created, scoring).
export { listForms, createForm, updateForm, deleteForm, newSlug } from "./forms";
export {
  publicForm,
  submitInboundForm,
  safeFileName,
  type PublicForm,
  type IncomingSubmission,
  type SubmitResult,
} from "./submit";
export { readSubmission, MAX_SUBMISSION_BYTES } from "./read-body";
export { handlePublicSubmission } from "./public-endpoint";
export {
  listSubmissions,
  readSubmissionFile,
  fileLink,
  organizationFileKeys,
  type SubmissionView,
  type SubmissionFile,
} from "./submissions";
export { scoreInboundLead } from "./score-lead";
export { detectFileType, zipEntryNames, CONTENT_TYPES } from "./file-type";
export {
  LocalFileStore,
  SupabaseFileStore,
  fileStore,
  removeFiles,
  type FileStore,
} from "./file-store";
export {
  issueFormToken,
  checkFormToken,
  signFileLink,
  checkFileLink,
  MIN_SUBMIT_MS,
  FILE_LINK_TTL_MS,
  sealErrors,
  openErrors,
} from "./signing";
export * from "./schemas";
export { INBOUND_SOURCES_KEPT } from "./save-lead";
