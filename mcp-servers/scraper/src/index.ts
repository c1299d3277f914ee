// stdio MCP server: the kit's stdout guard comes first, so nothing but the protocol reaches stdout.
import "@leadscout/mcp-kit/stdout-guard";
import { serveStdio } from "@leadscout/mcp-kit";
import { createContext } from "./context";
import { createScraperServer } from "./server";

await serveStdio("scraper", () => {
  const ctx = createContext();
  return { server: createScraperServer(ctx), close: () => ctx.close() };
});
