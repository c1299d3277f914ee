// Contacts: the people jobs find on company sites, one row per person per organization.
export { contactsFromLead, normalizedName, personalEmail, type ContactDraft } from "./from-people";
export { upsertContacts, type ContactsSaved } from "./upsert-contacts";
export {
  listContacts,
  listParsedContacts,
  listLeadContacts,
  type ContactPage,
} from "./list-contacts";
export { exportContacts, type ContactExport } from "./export-contacts";
export { deleteContacts } from "./delete-contacts";
export { backfillContacts, type BackfillReport } from "./backfill";
export * from "./schemas";
