const DEFAULT_AFTER_SIGN_IN = "/dashboard";
const BASE = "http://leadscout.invalid";

/**
 * Returns `value` only when it is a path on this site; anything else (absolute URLs,
 * protocol-relative `//evil`, backslash tricks, `javascript:`) falls back to the dashboard.
 * Every `next` parameter goes through here before it reaches a redirect.
 */
export function safeNextPath(value: unknown, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  // Control characters are stripped by URL parsers and can turn "/\t/evil" into "//evil".
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Sending a signed-in user back to the auth pages would only bounce them around.
  if (/^\/(sign-in|sign-up|auth\/)/.test(url.pathname)) return fallback;
  return path;
}
