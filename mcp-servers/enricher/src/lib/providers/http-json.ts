import type { z } from "zod";
import { isFetchError, type SafeFetch } from "@leadscout/http";
import { ProviderError, parseRetryAfter } from "../resilience/errors";

export interface JsonAnswer<T> {
  status: number;
  body: T;
}

/**
 * GET a provider's JSON API through the SSRF-safe fetch and turn every way it can go wrong into a
 * ProviderError the waterfall understands. `okStatuses` lists non-2xx answers the caller handles
 * itself (Hunter's 202 "still verifying", a 404 "no such company"); their body is not parsed.
 */
export async function getJson<S extends z.ZodType>(
  fetch: SafeFetch,
  provider: string,
  url: string,
  schema: S,
  opts: {
    headers?: Record<string, string>;
    signal: AbortSignal;
    timeoutMs: number;
    okStatuses?: number[];
  },
): Promise<JsonAnswer<z.infer<S> | undefined>> {
  let res;
  try {
    res = await fetch(url, {
      headers: { accept: "application/json", ...opts.headers },
      accept: "any",
      maxBytes: 2 * 1024 * 1024,
      maxRedirects: 0,
      timeoutMs: opts.timeoutMs,
      signal: opts.signal,
    });
  } catch (err) {
    if (opts.signal.aborted) throw err;
    const kind = isFetchError(err) && err.code.includes("timeout") ? "timeout" : "network";
    const message = err instanceof Error ? err.message : String(err);
    throw new ProviderError(provider, kind, `${provider}: ${message}`, { cause: err });
  }
  const status = res.status;
  if (status === 429)
    throw new ProviderError(provider, "rate_limited", `${provider} answered 429`, {
      status,
      retryAfterMs: parseRetryAfter(res.headers["retry-after"]),
    });
  if (status === 401 || status === 403)
    throw new ProviderError(
      provider,
      "unauthorized",
      `${provider} refused the API key (${status})`,
      {
        status,
      },
    );
  if (opts.okStatuses?.includes(status)) return { status, body: undefined };
  if (status < 200 || status >= 300)
    throw new ProviderError(provider, "http_error", `${provider} answered ${status}`, { status });
  let json: unknown;
  try {
    json = JSON.parse(res.text());
  } catch (err) {
    throw new ProviderError(provider, "malformed", `${provider} sent a body that is not JSON`, {
      status,
      cause: err,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new ProviderError(provider, "malformed", `${provider} sent JSON of an unexpected shape`, {
      status,
      cause: parsed.error,
    });
  return { status, body: parsed.data };
}
