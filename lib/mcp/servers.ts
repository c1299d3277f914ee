import path from "node:path";

export const MCP_SERVERS = ["scraper", "qualifier", "enricher"] as const;
export type McpServerName = (typeof MCP_SERVERS)[number];

/**
 * How to start each server: the same entry point as `pnpm --silent mcp:<name>`, run by this Node
 * with tsx's loader so no build step sits between the workspace and the process.
 */
export function serverCommand(name: McpServerName): {
  command: string;
  args: string[];
  cwd: string;
} {
  const root = process.env.LEADSCOUT_ROOT ?? process.cwd();
  return {
    command: process.execPath,
    args: ["--import", "tsx", path.join(root, "mcp-servers", name, "src", "index.ts")],
    cwd: root,
  };
}
