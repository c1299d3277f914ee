// Leadscout qualifier: a stdio MCP server. The kit's stdout guard comes first: stdout is the protocol.
import "@leadscout/mcp-kit/stdout-guard";
import { serveStdio } from "@leadscout/mcp-kit";
import { llmConfigFromEnv } from "./lib/llm/config";
import { createQualifierServer } from "./server";

await serveStdio("qualifier", () => {
  const llm = llmConfigFromEnv();
  return {
    server: createQualifierServer(llm),
    describe: llm
      ? { engine: "llm+rules", model: llm.model, baseURL: llm.baseURL }
      : { engine: "rules" },
  };
});
