// The scraper's tool output schemas: the contract the app's pipeline parses scrape results with.
export * from "./lib/schemas";
