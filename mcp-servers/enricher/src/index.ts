// stdio MCP server: the kit's stdout guard comes first, so nothing but the protocol reaches stdout.
import "@leadscout/mcp-kit/stdout-guard";
import { serveStdio } from "@leadscout/mcp-kit";
import { log } from "@leadscout/log";
import { parseEnricherEnv } from "./lib/config";
import { createEnricher } from "./lib/enricher";
import { createServer } from "./server";

await serveStdio("enricher", () => {
  const enricher = createEnricher(parseEnricherEnv(), {
    onCacheError: (err) => log.warn("enricher cache unavailable, calling the provider", { err }),
  });
  const describe = enricher.describe();
  if (describe.cache === "memory")
    log.info("enricher cache is in-process: results are shared within this process only", {});
  return { server: createServer(enricher), describe };
});
