import { domainToASCII } from "node:url";
import { parse as parseTld } from "tldts";

/** Where a company's site lives, normalised once so cache keys agree across leads. */
export interface SiteTarget {
  /** ASCII (punycode) host without `www.`, e.g. "xn--bcher-kva.de". */
  domain: string;
  /** Cache key: the domain plus an explicit non-default port, if the input named one. */
  key: string;
  /** Origins to try in order: the input's own scheme first, else https then http. */
  origins: string[];
}

export type SiteParse = { ok: true; site: SiteTarget } | { ok: false; error: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Accepts a bare domain ("acme.com", "bücher.de") or a site URL ("https://www.acme.com/about").
 * The host must be a registrable name under a public suffix, or be listed in SSRF_ALLOWLIST (that
 * is how loopback fixture sites are reached in tests and benches).
 */
export function parseSiteInput(raw: string, allowlist: ReadonlySet<string>): SiteParse {
  const input = raw.trim();
  if (!input) return { ok: false, error: "domain is empty" };
  if (input.length > 2048) return { ok: false, error: "domain is too long" };
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
  let url: URL;
  try {
    url = new URL(hasScheme ? input : `https://${input}`);
  } catch {
    return { ok: false, error: `"${input.slice(0, 100)}" is not a domain or URL` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { ok: false, error: `only http and https sites can be enriched, not ${url.protocol}` };
  if (url.username || url.password)
    return { ok: false, error: "a domain must not carry credentials" };
  // WHATWG URL already applies IDNA; domainToASCII is the explicit check that it is a valid name.
  const ascii = domainToASCII(url.hostname.replace(/\.$/, ""));
  if (!ascii) return { ok: false, error: `"${url.hostname}" is not a valid domain name` };
  const host = ascii.replace(/^www\./, "");
  const port = url.port ? `:${url.port}` : "";
  const allowlisted = allowlist.has(ascii) || allowlist.has(host);
  if (!allowlisted) {
    const info = parseTld(host, { allowPrivateDomains: true });
    if (info.isIp) return { ok: false, error: `"${host}" is an IP address, not a company domain` };
    const labels = host.split(".");
    if (labels.length < 2 || !labels.every((l) => LABEL.test(l)))
      return { ok: false, error: `"${host}" is not a valid domain name` };
    if (!info.domain || !(info.isIcann || info.isPrivate))
      return { ok: false, error: `"${host}" has no known public suffix` };
  }
  const key = `${host}${port}`;
  const explicit = hasScheme ? [`${url.protocol}//${url.host}`] : [];
  const hostForUrl = `${ascii}${port}`;
  const origins = explicit.length ? explicit : [`https://${hostForUrl}`, `http://${hostForUrl}`];
  return { ok: true, site: { domain: host, key, origins } };
}

/** Lower-cased ASCII form of an e-mail domain, or undefined if it is not a valid name. */
export function asciiDomain(domain: string): string | undefined {
  const ascii = domainToASCII(domain.trim().toLowerCase().replace(/\.$/, ""));
  return ascii || undefined;
}
