// @leadscout/mcp-kit: what every Leadscout MCP server is built from, so the three answer, fail and
// start the same way.
export { ok, toolError, guarded, type GuardOptions } from "./result";
export { createMcpServer, serveStdio, type RunningServer, type ServerIdentity } from "./server";
