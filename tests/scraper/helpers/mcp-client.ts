import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

export const REPO_ROOT = path.resolve(__dirname, "../../..");

/** Starts the scraper exactly as MCP clients do (`pnpm --silent mcp:scraper` from the repo root). */
export async function startScraper(
  env: Record<string, string> = {},
): Promise<{ client: Client; stderr: () => string; close(): Promise<void> }> {
  const transport = new StdioClientTransport({
    command: "pnpm",
    args: ["--silent", "mcp:scraper"],
    cwd: REPO_ROOT,
    env: {
      ...(process.env as Record<string, string>),
      LOG_LEVEL: "warn",
      SCRAPER_HOST_DELAY_MS: "0",
      ...env,
    },
    stderr: "pipe",
  });
  let stderr = "";
  transport.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const client = new Client({ name: "leadscout-tests", version: "0.0.0" });
  await client.connect(transport);
  return { client, stderr: () => stderr, close: () => client.close() };
}
