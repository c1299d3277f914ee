// The qualifier's input and output schemas: the lead it reads and the qualification it returns.
export * from "./lib/schemas/lead";
export * from "./lib/schemas/qualification";
