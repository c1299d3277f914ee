import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const ROOT = path.resolve(__dirname, "../../..");

/** Spawns the enricher exactly as `pnpm mcp:enricher` does and connects an SDK client over stdio. */
export async function connectEnricher(
  env: Record<string, string>,
): Promise<{ client: Client; close(): Promise<void>; stderr: () => string }> {
  const transport = new StdioClientTransport({
    command: path.join(ROOT, "node_modules/.bin/tsx"),
    args: [path.join(ROOT, "mcp-servers/enricher/src/index.ts")],
    cwd: ROOT,
    env: { ...(process.env as Record<string, string>), LOG_LEVEL: "warn", ...env },
    stderr: "pipe",
  });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: "enricher-test", version: "1.0.0" });
  await client.connect(transport);
  return { client, close: () => client.close(), stderr: () => stderr };
}
