import { z } from "zod";
import { ok, parseHttpUrl, toolError } from "./result";

// The input the extract_* tools share: HTML the caller already has, and optionally its URL.

export const MAX_HTML_CHARS = 5_000_000;

export const htmlField = z.string().max(MAX_HTML_CHARS).describe("The page's HTML (at most 5 MB)");

export const baseUrlField = z
  .string()
  .max(2048)
  .optional()
  .describe("The page's URL: resolves relative links and becomes each item's sourceUrl");

/** Runs `extract` with the validated base URL, or answers isError naming what is wrong with it. */
export function withBaseUrl<T extends Record<string, unknown>>(
  baseUrl: string | undefined,
  extract: (base: string | undefined) => T,
) {
  const base = baseUrl === undefined ? undefined : parseHttpUrl(baseUrl, "base_url");
  if (typeof base === "string") return toolError(base);
  return ok(extract(base?.href));
}
