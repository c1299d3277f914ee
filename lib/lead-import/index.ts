// Leads from a CSV file: the engine (server) and its client-safe vocabulary (schemas.ts).
export { importLeads, IMPORT_BATCH, type ImportInput } from "./import-leads";
export { fileTooLarge, type CsvSource } from "./read-csv";
export { domainOf } from "./import-row";
export * from "./schemas";
export { csvBodyOf } from "./csv-body";
