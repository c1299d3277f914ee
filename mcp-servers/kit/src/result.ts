import { log } from "@leadscout/log";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

/**
 * Every tool answers the same way: structured content plus its JSON as the text block for clients
 * that only read text, unless `text` says something shorter (a large batch, say).
 */
export function ok<T extends Record<string, unknown>>(
  data: T,
  text?: string,
): CallToolResult & { structuredContent: T } {
  return {
    content: [{ type: "text", text: text ?? JSON.stringify(data) }],
    structuredContent: data,
  };
}

/** An expected failure: an isError result whose message says what to fix. */
export function toolError(message: string): CallToolResult {
  return { content: [{ type: "text", text: message }], isError: true };
}

export interface GuardOptions {
  /** Errors the tool throws on purpose (bad input): their message is the answer, nothing is logged. */
  expected?: (err: unknown) => err is Error;
}

/** Runs a tool body so that nothing it throws can take the server down or leave the call unanswered. */
export async function guarded(
  tool: string,
  fn: () => Promise<CallToolResult> | CallToolResult,
  options: GuardOptions = {},
): Promise<CallToolResult> {
  try {
    return await fn();
  } catch (err) {
    if (options.expected?.(err)) return toolError(err.message);
    log.error("tool failed unexpectedly", { tool, err });
    return toolError(
      `${tool} failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
