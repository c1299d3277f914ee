import { log } from "@leadscout/log";
import { McpServer, type McpServerOptions } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

/** What a server reports in its initialize answer; `version` comes from the server's package.json. */
export interface ServerIdentity {
  name: string;
  version: string;
}

export function createMcpServer(identity: ServerIdentity, options?: McpServerOptions): McpServer {
  return new McpServer({ name: identity.name, version: identity.version }, options);
}

export interface RunningServer {
  server: McpServer;
  /** Frees what the server holds (browsers, worker threads, sockets) before the process exits. */
  close?: () => Promise<void>;
  /** Logged with the "ready" line: which engines and caches this process runs with. */
  describe?: Record<string, unknown>;
}

/**
 * Starts a server on stdin/stdout. One failed tool or stray rejection never ends the process (an
 * MCP client would lose every call in flight); a failed start-up does, with a logged reason. The
 * server shuts down cleanly when its client closes stdin or sends SIGTERM/SIGINT.
 */
export async function serveStdio(
  name: string,
  start: () => Promise<RunningServer> | RunningServer,
): Promise<void> {
  process.on("uncaughtException", (err) => log.error("uncaught exception (kept serving)", { err }));
  process.on("unhandledRejection", (err) =>
    log.error("unhandled rejection (kept serving)", { err }),
  );
  let running: RunningServer;
  try {
    running = await start();
    await running.server.connect(new StdioServerTransport());
  } catch (err) {
    log.error(`${name} failed to start`, { err });
    process.exit(1);
  }
  let closing = false;
  const shutdown = async (reason: string): Promise<void> => {
    if (closing) return;
    closing = true;
    log.info(`${name} shutting down`, { reason });
    await running.close?.().catch(() => undefined);
    await running.server.close().catch(() => undefined);
    process.exit(0);
  };
  process.stdin.on("end", () => void shutdown("stdin closed"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  log.info(`${name} ready`, { transport: "stdio", ...running.describe });
}
