import { parseEnricherEnv } from "@/mcp-servers/enricher/src/lib/config";
import { createEnricher, type Enricher } from "@/mcp-servers/enricher/src/lib/enricher";

/** An in-process enricher built from the same environment parsing the server uses. */
export function enricherWith(env: Record<string, string>): Enricher {
  return createEnricher(parseEnricherEnv({ SSRF_ALLOWLIST: "127.0.0.1,localhost", ...env }));
}
