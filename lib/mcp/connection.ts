import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { consecutiveBreaker, isOpenCircuit } from "@leadscout/resilience";
import { log } from "@leadscout/log";
import { McpToolError, McpUnavailableError } from "./errors";
import { childEnv } from "./child-env";
import { serverCommand, type McpServerName } from "./servers";

export interface CallOptions {
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * One long-lived client for one MCP server. The process starts on first use and again on the next
 * call after it dies; a crash fails only the calls in flight. Repeated failures open a circuit so
 * callers fail fast instead of queueing behind a broken server.
 */
export class McpConnection {
  private client: Client | undefined;
  private transport: StdioClientTransport | undefined;
  private connecting: Promise<Client> | undefined;
  private readonly breaker = consecutiveBreaker(5, 10_000);

  constructor(readonly name: McpServerName) {}

  private connect(): Promise<Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const { command, args, cwd } = serverCommand(this.name);
      const transport = new StdioClientTransport({
        command,
        args,
        cwd,
        // Only what this server reads: never the platform's own secrets (see child-env.ts).
        env: childEnv(this.name),
        stderr: "inherit",
      });
      const client = new Client({ name: "leadscout-app", version: "0.1.0" });
      transport.onclose = () => {
        if (this.client === client) {
          log.warn("mcp server exited; it restarts on the next call", { server: this.name });
          this.client = undefined;
        }
      };
      await client.connect(transport);
      this.client = client;
      this.transport = transport;
      return client;
    })().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  async callTool(
    tool: string,
    args: Record<string, unknown>,
    opts: CallOptions = {},
  ): Promise<unknown> {
    let result;
    try {
      result = await this.breaker.execute(async () => {
        const client = await this.connect();
        return client.callTool({ name: tool, arguments: args }, undefined, {
          timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        });
      });
    } catch (err) {
      if (isOpenCircuit(err))
        throw new McpUnavailableError(this.name, "circuit open after repeated failures");
      throw new McpUnavailableError(this.name, err instanceof Error ? err.message : String(err), {
        cause: err,
      });
    }
    // A tool's own error is an answer: the server works, and the circuit counted a success.
    if (result.isError) {
      const text = Array.isArray(result.content)
        ? result.content
            .map((c) => (c && typeof c === "object" && "text" in c ? String(c.text) : ""))
            .join(" ")
        : "tool error";
      throw new McpToolError(this.name, tool, text.trim() || "tool error");
    }
    return result.structuredContent;
  }

  /** The server's process id while it runs (operators and crash tests). */
  get pid(): number | null {
    return this.client ? (this.transport?.pid ?? null) : null;
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.close();
  }
}
