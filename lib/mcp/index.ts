import { McpConnection, type CallOptions } from "./connection";
import type { McpServerName } from "./servers";

export { McpToolError, McpUnavailableError } from "./errors";
export { MCP_SERVERS, type McpServerName } from "./servers";
export type { CallOptions } from "./connection";

// One connection per server per process, kept across Next's dev reloads.
const g = globalThis as { __leadscoutMcp?: Map<McpServerName, McpConnection> };
const connections = (g.__leadscoutMcp ??= new Map());

export function connection(name: McpServerName): McpConnection {
  let conn = connections.get(name);
  if (!conn) {
    conn = new McpConnection(name);
    connections.set(name, conn);
  }
  return conn;
}

/** Calls a tool and returns its structuredContent; the caller zod-parses it against the contract. */
export function callTool(
  server: McpServerName,
  tool: string,
  args: Record<string, unknown>,
  opts?: CallOptions,
): Promise<unknown> {
  return connection(server).callTool(tool, args, opts);
}

export async function closeMcpConnections(): Promise<void> {
  await Promise.all([...connections.values()].map((c) => c.close()));
  connections.clear();
}
