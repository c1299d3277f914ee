import { classifyAddress, isIpLiteral, parseAllowlist } from "@leadscout/http";
import { env } from "@/lib/env";

export const MAX_URL_LENGTH = 2048;

export type Normalized = { ok: true; url: string; host: string } | { ok: false; error: string };

/**
 * One spelling per site page: https assumed when no scheme is given, host lowercased without a
 * trailing dot, default ports and fragments dropped. Two inputs that reach the same page compare
 * equal after this, which is what deduplication relies on.
 */
export function normalizeUrl(raw: string): Normalized {
  const text = raw.trim();
  if (!text) return { ok: false, error: "URL is empty" };
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, error: `Not a valid URL: ${JSON.stringify(text.slice(0, 100))}` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { ok: false, error: `Only http and https URLs can be scraped, not ${url.protocol}` };
  if (url.username || url.password)
    return { ok: false, error: "URLs with a user name or password are not accepted" };
  if (!url.hostname) return { ok: false, error: "URL has no host" };
  if (url.hostname.endsWith(".")) url.hostname = url.hostname.slice(0, -1);
  url.hash = "";
  const href = url.href;
  if (href.length > MAX_URL_LENGTH)
    return { ok: false, error: `URL is longer than ${MAX_URL_LENGTH} characters` };
  const problem = targetProblem(url.hostname);
  if (problem) return { ok: false, error: problem };
  return { ok: true, url: href, host: url.host };
}

// Names that only ever mean a machine on the inside.
const INTERNAL_SUFFIXES = [".localhost", ".local", ".internal", ".home.arpa", ".lan", ".intranet"];

/**
 * Refuses targets the scraper would refuse anyway (lib/http's address policy), so a bad job is
 * turned away at creation instead of failing URL by URL. Host names are not resolved here — the
 * scraper checks every address it connects to — but literal private addresses and internal-only
 * names are. SSRF_ALLOWLIST lets tests and operators reach their own loopback sites.
 */
function targetProblem(hostname: string): string | undefined {
  const host =
    hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  if (parseAllowlist(env().SSRF_ALLOWLIST).has(host)) return undefined;
  if (isIpLiteral(host)) {
    const verdict = classifyAddress(host);
    return verdict.allowed
      ? undefined
      : `${host} is a ${verdict.range} address; only public websites can be scraped`;
  }
  if (
    host === "localhost" ||
    INTERNAL_SUFFIXES.some((s) => host.endsWith(s)) ||
    !host.includes(".")
  )
    return `${host} is not a public host name; only public websites can be scraped`;
  return undefined;
}

/** Same site for sitemap purposes: equal hosts, ignoring a leading "www.". */
export function sameSite(a: string, b: string): boolean {
  const strip = (h: string) => h.toLowerCase().replace(/^www\./, "");
  return strip(a) === strip(b);
}
