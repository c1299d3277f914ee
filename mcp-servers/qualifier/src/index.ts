import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { llmConfigFromEnv } from "./lib/llm/config";
import { log } from "./lib/log";
import { createQualifierServer } from "./server";

// Leadscout qualifier: a stdio MCP server. stdout is the protocol; logs go to stderr.

async function main(): Promise<void> {
  const llm = llmConfigFromEnv();
  const server = createQualifierServer(llm);
  await server.connect(new StdioServerTransport());
  log.info(
    "qualifier ready",
    llm ? { engine: "llm+rules", model: llm.model, baseURL: llm.baseURL } : { engine: "rules" },
  );
}

process.on("unhandledRejection", (err) => log.error("unhandled rejection", { err }));
main().catch((err) => {
  log.error("qualifier failed to start", { err });
  process.exit(1);
});
