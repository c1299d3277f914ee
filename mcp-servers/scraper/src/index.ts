// stdio MCP server: stdout carries the protocol and nothing else, so logs and stray console
// output go to stderr, and no single failure may end the process.
process.env.LOG_TO_STDERR = "1";
console.log = console.error;
console.info = console.error;
console.debug = console.error;

const { StdioServerTransport } = await import("@modelcontextprotocol/sdk/server/stdio.js");
const { log } = await import("../../../lib/log");
const { createContext } = await import("./context");
const { createScraperServer } = await import("./server");

process.on("uncaughtException", (err) => log.error("uncaught exception (kept serving)", { err }));
process.on("unhandledRejection", (err) => log.error("unhandled rejection (kept serving)", { err }));

const ctx = createContext();
const server = createScraperServer(ctx);
const transport = new StdioServerTransport();

let closing = false;
async function shutdown(reason: string): Promise<void> {
  if (closing) return;
  closing = true;
  log.info("scraper shutting down", { reason });
  await ctx.close().catch(() => undefined);
  await server.close().catch(() => undefined);
  process.exit(0);
}
process.stdin.on("end", () => void shutdown("stdin closed"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

await server.connect(transport);
log.info("scraper MCP server ready", { transport: "stdio" });
export {};
