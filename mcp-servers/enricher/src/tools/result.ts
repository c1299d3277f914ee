import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { InputError } from "../lib/enrich-company";

/**
 * The structured result, with its JSON as the text block for clients that predate
 * structuredContent, unless `text` says something shorter (see enrich_batch).
 */
export function ok<T extends Record<string, unknown>>(
  structured: T,
  text?: string,
): CallToolResult {
  return {
    content: [{ type: "text", text: text ?? JSON.stringify(structured) }],
    structuredContent: structured,
  };
}

export function fail(message: string): CallToolResult {
  return { content: [{ type: "text", text: message }], isError: true };
}

/** Runs a tool body; bad input and unexpected errors come back as isError, never a crash. */
export async function guardTool(
  log: (msg: string, fields: Record<string, unknown>) => void,
  tool: string,
  body: () => Promise<CallToolResult>,
): Promise<CallToolResult> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof InputError) return fail(err.message);
    log("tool failed", { tool, err });
    return fail(`${tool} failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`);
  }
}
