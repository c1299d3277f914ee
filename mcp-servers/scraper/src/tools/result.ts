// The results and guard every server shares; the scraper adds its budget and URL parsing.
export { guarded, ok, toolError } from "@leadscout/mcp-kit";

/**
 * A tool's time budget when the caller sets none. MCP clients give up after 60 s unless told
 * otherwise (the SDK's default): work cut short by its budget must still answer, with what it has,
 * before that.
 */
export const DEFAULT_BUDGET_MS = 50_000;

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
