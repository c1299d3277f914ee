import type { Readable } from "node:stream";
import { Agent, request } from "undici";
import {
  FetchError,
  guardedLookup,
  isIpLiteral,
  resolveChecked,
  systemResolver,
} from "@leadscout/http";
import { webhookAllowlist } from "./url-policy";

// One POST to a receiver, hardened: the SSRF guard at connect time (the checked address is the
// address dialled), https unless the host is allowlisted, no redirects followed, 10 s for the
// whole exchange, and at most 4 KB of the answer read — a 20 MB body is cut off, not buffered.

export const DELIVERY_TIMEOUT_MS = 10_000;
export const RESPONSE_BODY_LIMIT = 4096;

let timeoutMs = DELIVERY_TIMEOUT_MS;
/** Tests shorten the timeout so a hanging receiver costs them a moment, not 10 s per attempt. */
export function setDeliveryTimeoutForTests(ms: number | undefined): void {
  timeoutMs = ms ?? DELIVERY_TIMEOUT_MS;
}

export interface SendResult {
  status: number | null;
  /** First 4 KB of the response body, as text. */
  body: string | null;
  durationMs: number;
  error: string | null;
  /** Refused before sending for a reason no retry changes (a malformed or plain-http URL). */
  permanent?: boolean;
}

// One pooled agent per allowlist, so changing SSRF_ALLOWLIST takes effect at the next attempt.
const agents = new Map<string, Agent>();
function agentFor(allowlist: Set<string>): Agent {
  const key = [...allowlist].sort().join(",");
  let agent = agents.get(key);
  if (!agent) {
    agent = new Agent({
      connect: { lookup: guardedLookup(systemResolver, allowlist), timeout: timeoutMs },
      keepAliveTimeout: 4_000,
      connections: 16,
    });
    agents.set(key, agent);
  }
  return agent;
}

/** Reads at most `limit` bytes, then hangs up: the rest of the body is never received. */
async function readHead(body: Readable, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      const buf = chunk as Buffer;
      chunks.push(buf);
      size += buf.length;
      if (size >= limit) break;
    }
  } finally {
    body.on("error", () => undefined);
    body.destroy();
  }
  // At most `limit` characters of text Postgres can store: a cut character and NULs (a binary
  // answer) are dropped rather than failing the attempt's log row.
  return Buffer.concat(chunks)
    .subarray(0, limit)
    .toString("utf8")
    .replace(/\uFFFD$/, "")
    .replaceAll("\u0000", "");
}

function describe(err: unknown, timedOut: boolean): string {
  if (timedOut) return `Timed out after ${timeoutMs} ms`;
  for (let cur: unknown = err, depth = 0; cur && depth < 5; depth++) {
    if (cur instanceof FetchError) return cur.message;
    cur = (cur as { cause?: unknown }).cause;
  }
  return err instanceof Error ? err.message : String(err);
}

export async function sendWebhook(
  rawUrl: string,
  headers: Record<string, string>,
  body: string,
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const allowlist = webhookAllowlist();
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { status: null, body: null, durationMs: 0, error: "Not a valid URL", permanent: true };
  }
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (url.protocol !== "https:" && !(url.protocol === "http:" && allowlist.has(host)))
    return {
      status: null,
      body: null,
      durationMs: 0,
      error: "Refusing to send over plain http (https is required)",
      permanent: true,
    };

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    // Literal IPs never reach the guarded DNS lookup, so they are checked here.
    if (isIpLiteral(host)) await resolveChecked(host, url.href, systemResolver, allowlist);
    const res = await request(url, {
      method: "POST",
      body,
      headers,
      dispatcher: agentFor(allowlist),
      signal: controller.signal,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    // The status is the answer; a body that stalls afterwards only costs us its text.
    const text = await readHead(res.body, RESPONSE_BODY_LIMIT).catch(() => null);
    return { status: res.statusCode, body: text, durationMs: elapsed(), error: null };
  } catch (err) {
    return { status: null, body: null, durationMs: elapsed(), error: describe(err, timedOut) };
  } finally {
    clearTimeout(timer);
  }
}
