import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

// Starts the qualifier exactly as MCP clients do (`pnpm --silent mcp:qualifier` from the repo
// root) and connects the SDK's client over stdio.

const ROOT = path.resolve(__dirname, "../..");

export interface RunningQualifier {
  client: Client;
  stderr: () => string;
  close: () => Promise<void>;
}

export async function startQualifier(env: Record<string, string> = {}): Promise<RunningQualifier> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
  const transport = new StdioClientTransport({
    command: "pnpm",
    args: ["--silent", "mcp:qualifier"],
    cwd: ROOT,
    // No key unless a test sets one: the machine's own configuration must not leak in.
    env: {
      ...base,
      ANTHROPIC_API_KEY: "",
      ANTHROPIC_BASE_URL: "",
      ANTHROPIC_MODEL: "",
      LOG_LEVEL: "warn",
      ...env,
    },
    stderr: "pipe",
  });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const client = new Client({ name: "qualifier-tests", version: "1.0.0" });
  await client.connect(transport);
  return { client, stderr: () => stderr, close: () => client.close() };
}

export function claudeEnv(
  baseURL: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return { ANTHROPIC_API_KEY: "sk-ant-test-key", ANTHROPIC_BASE_URL: baseURL, ...extra };
}
