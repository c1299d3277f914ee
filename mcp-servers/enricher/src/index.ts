// stdio MCP server: stdout carries the protocol only, every log line goes to stderr.
process.env.LOG_TO_STDERR = "1";

import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { log } from "../../../lib/log";
import { parseEnricherEnv } from "./lib/config";
import { createEnricher } from "./lib/enricher";
import { createServer } from "./server";

async function main(): Promise<void> {
  const env = parseEnricherEnv();
  const enricher = createEnricher(env, {
    onCacheError: (err) => log.warn("enricher cache unavailable, calling the provider", { err }),
  });
  const info = enricher.describe();
  if (info.cache === "memory")
    log.info("enricher cache is in-process: results are shared within this process only", {});
  log.info("enricher ready", info);
  const server = createServer(enricher, (msg, fields) => log.error(msg, fields));
  await server.connect(new StdioServerTransport());
}

main().catch((err: unknown) => {
  log.error("enricher failed to start", { err });
  process.exit(1);
});
