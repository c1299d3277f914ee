// CRM sync: an organization's CRM connections (HubSpot, Salesforce: providers.ts), pushes of
// leads and their contacts, and the sync log. docs/crm.md.
export {
  startCrmConnect,
  completeCrmConnect,
  disconnectCrm,
  crmStatus,
  setPushCompletedJobs,
} from "./connection";
export { requestPush, requestJobPush, type PushRequested } from "./request-push";
export { runPush, type PushOutcome } from "./push-leads";
export { getFieldMapping, setFieldMapping } from "./set-field-mapping";
export { listSyncLog, type SyncLogPage } from "./list-sync-log";
export { hubspotConfigured } from "./hubspot/client";
export { salesforceConfigured } from "./salesforce/client";
export { configuredCrms } from "./providers";
export { setSalesforceObjectMode } from "./object-mode";
export { resealCrmTokens, type CrmResealReport } from "./reseal";
export * from "./schemas";
