import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { log } from "../../../../lib/log";

// Every tool answers the same way: structured content plus the same JSON as text for clients that
// only read text, or an isError result whose message says what to fix.
export function ok<T extends Record<string, unknown>>(
  data: T,
): CallToolResult & { structuredContent: T } {
  return { content: [{ type: "text", text: JSON.stringify(data) }], structuredContent: data };
}

/**
 * A tool's time budget when the caller sets none. MCP clients give up after 60 s unless told
 * otherwise (the SDK's default): work cut short by its budget must still answer, with what it has,
 * before that.
 */
export const DEFAULT_BUDGET_MS = 50_000;

export function toolError(message: string): CallToolResult {
  return { content: [{ type: "text", text: message }], isError: true };
}

/** Runs a tool body so that nothing it throws can take the server down. */
export async function guarded(
  tool: string,
  fn: () => Promise<CallToolResult>,
): Promise<CallToolResult> {
  try {
    return await fn();
  } catch (err) {
    log.error("tool failed unexpectedly", { tool, err });
    return toolError(
      `${tool} failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

/** Accepts "example.com" as https://example.com; refuses other schemes and garbage with a reason. */
export function parseHttpUrl(raw: string, field: string): URL | string {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(raw.trim()) ? raw.trim() : `https://${raw.trim()}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return `${field} is not a valid URL: ${JSON.stringify(raw.slice(0, 200))}`;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return `${field} must be an http or https URL, not ${url.protocol}`;
  if (!url.hostname) return `${field} has no host`;
  // They would never be sent (sites behind a login are not scraped) yet would appear in results.
  if (url.username || url.password) return `${field} must not contain a user name or password`;
  return url;
}
