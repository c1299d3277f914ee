import type { Readable } from "node:stream";
import { Agent, ProxyAgent, errors as undiciErrors, request, type Dispatcher } from "undici";
import { decodeBody } from "./charset";
import { FetchError, findFetchError } from "./errors";
import {
  guardedLookup,
  parseAllowlist,
  resolveChecked,
  systemResolver,
  type ResolvedAddress,
  type Resolver,
} from "./guarded-lookup";
import { isIpLiteral } from "./ip-policy";
import { readCappedBody } from "./read-body";
import {
  decodeLocation,
  effectiveContentType,
  flattenHeaders,
  mediaType,
} from "./response-headers";

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const HTML_TYPES = ["text/html", "application/xhtml+xml"] as const;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface SafeFetchOptions {
  /** Default GET. Other methods never follow redirects: the 3xx answer is returned as it is. */
  method?: "GET" | "HEAD" | "POST" | "PUT";
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Cap on the decoded body (default 5 MB). */
  maxBytes?: number;
  /** Return the first maxBytes of a larger body instead of failing with body_too_large. */
  truncate?: boolean;
  /** Whole request including redirects and body (default 15 s). */
  timeoutMs?: number;
  /** Longest silence while waiting for headers or between body chunks (default 10 s): slow-loris guard. */
  idleTimeoutMs?: number;
  /** Default 5; 0 refuses to follow any redirect. */
  maxRedirects?: number;
  /** Asked before each redirect is followed: a reason ends the request as `redirect_refused`. */
  refuseRedirect?: (target: URL) => string | undefined;
  /** Allowed media types for 2xx responses; "any" accepts everything. Default: HTML only. */
  accept?: readonly string[] | "any";
  /**
   * Proxy URL for this request. The target is checked here and the proxy is asked for the checked
   * address (Host and TLS name stay the site's), so it never resolves the name itself.
   */
  proxy?: string;
  signal?: AbortSignal;
}

export interface SafeResponse {
  url: string;
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  /** Media type without parameters, lowercased ("" when the server sent none). */
  contentType: string;
  body: Buffer;
  /** True when `truncate` cut the body at maxBytes. */
  truncated?: boolean;
  redirects: string[];
  /** Body decoded with the charset from BOM, Content-Type or <meta>. */
  text(): string;
}

export interface SafeFetchConfig {
  /** Hosts that bypass the address check (none by default): the caller reads its own config. */
  allowlist?: string[];
  /** DNS resolver; tests inject one to simulate hostile DNS. */
  resolver?: Resolver;
  /** Sent when the caller sets none. */
  userAgent?: string;
  /** Keep-alive connections per origin. */
  connectionsPerOrigin?: number;
}

export type SafeFetch = (url: string, opts?: SafeFetchOptions) => Promise<SafeResponse>;

function parseTarget(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    throw new FetchError("invalid_url", `Not a valid URL: ${raw.slice(0, 200)}`, raw);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchError(
      "blocked_scheme",
      `Only http and https URLs can be fetched, not ${url.protocol}`,
      url.href,
    );
  }
  if (!url.hostname) throw new FetchError("invalid_url", "URL has no host", url.href);
  url.hash = "";
  // Credentials are never sent (undici ignores them), so they are not reported either: a page's
  // URL ends up in results and logs.
  url.username = "";
  url.password = "";
  return url;
}

/** Drops a body we will not read; the abort error undici then emits is expected, not a crash. */
function discard(body: Readable): void {
  body.on("error", () => undefined);
  body.destroy();
}

function looksBinary(body: Buffer): boolean {
  return body.subarray(0, 512).includes(0);
}

function mapUndiciError(err: unknown, url: string, timedOut: boolean, totalMs: number): FetchError {
  const ours = findFetchError(err);
  if (ours) return ours;
  if (timedOut)
    return new FetchError("timeout", `Gave up after ${totalMs} ms`, url, { cause: err });
  if (
    err instanceof undiciErrors.BodyTimeoutError ||
    err instanceof undiciErrors.HeadersTimeoutError
  ) {
    return new FetchError("idle_timeout", "The server stopped sending data", url, { cause: err });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new FetchError("network", `Request failed: ${message}`, url, { cause: err });
}

/**
 * The URL with its host replaced by the address the guard approved. A proxy given a name would
 * resolve it again itself, after our check: a rebinding DNS answer (or the proxy's own view of the
 * network) could then send the request to a private address. Given the address, it cannot.
 */
function pinned(url: URL, address: ResolvedAddress): URL {
  const out = new URL(url.href);
  out.hostname = address.family === 6 ? `[${address.address}]` : address.address;
  return out;
}

/** Builds a fetcher bound to one allowlist and resolver; connections are pooled per origin. */
export function createSafeFetch(config: SafeFetchConfig = {}): SafeFetch {
  const allowlist = parseAllowlist((config.allowlist ?? []).join(","));
  const resolver = config.resolver ?? systemResolver;
  const agent = new Agent({
    connect: { lookup: guardedLookup(resolver, allowlist) },
    connections: config.connectionsPerOrigin ?? 8,
    keepAliveTimeout: 4_000,
  });
  const proxies = new Map<string, ProxyAgent>();
  const dispatcherFor = (proxy?: string): Dispatcher => {
    if (!proxy) return agent;
    let p = proxies.get(proxy);
    if (!p) proxies.set(proxy, (p = new ProxyAgent(proxy)));
    return p;
  };

  return async function safeFetch(rawUrl, opts = {}) {
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const totalMs = opts.timeoutMs ?? 15_000;
    const idleMs = Math.min(opts.idleTimeoutMs ?? 10_000, totalMs);
    const maxRedirects = opts.maxRedirects ?? 5;
    const accept = opts.accept ?? HTML_TYPES;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, totalMs);
    const onOuterAbort = () => controller.abort();
    opts.signal?.addEventListener("abort", onOuterAbort, { once: true });

    let url = parseTarget(rawUrl);
    const redirects: string[] = [];
    try {
      for (;;) {
        // Literal IPs never reach the DNS lookup, so they are checked here; names are checked at
        // connect time by the guarded lookup, or here when a proxy carries the request.
        const checked =
          isIpLiteral(url.hostname) || opts.proxy
            ? await resolveChecked(url.hostname, url.href, resolver, allowlist)
            : undefined;
        const res = await request(opts.proxy ? pinned(url, checked![0]!) : url, {
          method: opts.method ?? "GET",
          body: opts.body,
          dispatcher: dispatcherFor(opts.proxy),
          headers: {
            "user-agent": config.userAgent ?? "LeadscoutBot",
            accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
            "accept-encoding": "gzip, deflate, br",
            ...opts.headers,
            // Through a proxy the URL names the checked address (see pinned); the site still sees
            // its own name, and TLS verifies the certificate for it (undici takes the SNI
            // servername from Host).
            ...(opts.proxy ? { host: url.host } : {}),
          },
          signal: controller.signal,
          headersTimeout: idleMs,
          bodyTimeout: idleMs,
        });
        const headers = flattenHeaders(res.headers);
        const location = decodeLocation(res.headers.location);
        const follows = (opts.method ?? "GET") === "GET";
        if (follows && REDIRECT_STATUSES.has(res.statusCode) && location) {
          // Browsers move on as soon as they see Location; waiting for the body would let a
          // server that never finishes it hold the request until the idle timeout.
          discard(res.body);
          if (redirects.length >= maxRedirects) {
            throw new FetchError(
              "too_many_redirects",
              `More than ${maxRedirects} redirects`,
              url.href,
            );
          }
          url = parseTarget(location, url.href);
          const refusal = opts.refuseRedirect?.(url);
          if (refusal) throw new FetchError("redirect_refused", refusal, url.href);
          redirects.push(url.href);
          continue;
        }
        const typeHeader = effectiveContentType(res.headers["content-type"]);
        const contentType = mediaType(typeHeader);
        const ok = res.statusCode >= 200 && res.statusCode < 300;
        const typeAllowed = accept === "any" || contentType === "" || accept.includes(contentType);
        if (!typeAllowed && ok) {
          discard(res.body);
          throw new FetchError(
            "unsupported_content_type",
            `Expected ${accept.join(" or ")}, got ${contentType}`,
            url.href,
          );
        }
        const declared = Number(headers["content-length"]);
        const tooLarge = Number.isFinite(declared) && declared > maxBytes;
        if (!headers["content-encoding"] && !opts.truncate && tooLarge) {
          discard(res.body);
          throw new FetchError(
            "body_too_large",
            `Response body is ${declared} bytes, over the ${maxBytes} byte limit`,
            url.href,
          );
        }
        const { body, truncated } = typeAllowed
          ? await readCappedBody(res.body, {
              encoding: headers["content-encoding"],
              maxBytes,
              url: url.href,
              truncate: opts.truncate,
            })
          : (discard(res.body), { body: Buffer.alloc(0), truncated: false });
        if (ok && accept !== "any" && contentType === "" && looksBinary(body)) {
          throw new FetchError(
            "unsupported_content_type",
            "Response looks binary and has no content type",
            url.href,
          );
        }
        let decoded: string | undefined;
        return {
          url: rawUrl,
          finalUrl: url.href,
          status: res.statusCode,
          headers,
          contentType,
          body,
          truncated,
          redirects,
          text: () => (decoded ??= decodeBody(body, typeHeader).text),
        };
      }
    } catch (err) {
      throw mapUndiciError(err, url.href, timedOut, totalMs);
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onOuterAbort);
    }
  };
}
