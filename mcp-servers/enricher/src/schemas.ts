// The enricher's tool output schemas: the contract the app's pipeline parses enrichment with.
export * from "./lib/schemas";
export * from "./lib/batch-schemas";
