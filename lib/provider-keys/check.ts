import Anthropic from "@anthropic-ai/sdk";
import { env } from "@/lib/env";
import type { KeyProvider } from "./schemas";

// "Check": one cheap authenticated call per provider, through the same base URLs the MCP servers
// use (tests point them at local servers). A refusal carries the provider's own message; the key
// itself is never part of any message (removed should a provider echo it back).

export interface CheckResult {
  ok: boolean;
  message: string;
}

const TIMEOUT_MS = 10_000;
const MAX_MESSAGE = 300;

function clean(message: string, key: string): string {
  const text = message.split(key).join("[key]").replace(/\s+/g, " ").trim();
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text;
}

const unreachable = (name: string, err: unknown) => {
  const cause = (err as { cause?: { code?: string } } | null)?.cause?.code;
  const timedOut = err instanceof Error && err.name === "TimeoutError";
  return {
    ok: false,
    message: timedOut
      ? `${name} did not answer within ${TIMEOUT_MS / 1000} s; try again`
      : `Could not reach ${name}${cause ? ` (${cause})` : ""}; try again`,
  };
};

async function readJson(res: Response): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = JSON.parse(await res.text());
    return body && typeof body === "object" ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Anthropic: list one model (no tokens spent), through the official SDK. */
async function checkAnthropic(key: string): Promise<CheckResult> {
  const client = new Anthropic({
    apiKey: key,
    baseURL: env().ANTHROPIC_BASE_URL,
    maxRetries: 0,
    timeout: TIMEOUT_MS,
  });
  try {
    await client.models.list({ limit: 1 });
    return { ok: true, message: "Anthropic accepted the key" };
  } catch (err) {
    if (err instanceof Anthropic.APIError && err.status !== undefined)
      return {
        ok: false,
        message: `Anthropic refused the key (${err.status}): ${err.apiMessage ?? err.message}`,
      };
    if (err instanceof Anthropic.APIConnectionTimeoutError)
      return { ok: false, message: `Anthropic did not answer within ${TIMEOUT_MS / 1000} s` };
    return unreachable("Anthropic", err);
  }
}

/** Hunter: GET /v2/account (free: it spends no search or verification). */
async function checkHunter(key: string): Promise<CheckResult> {
  const url = new URL("/v2/account", env().HUNTER_BASE_URL);
  url.searchParams.set("api_key", key);
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: "error" });
  } catch (err) {
    return unreachable("Hunter", err);
  }
  const body = await readJson(res);
  if (res.ok) return { ok: true, message: "Hunter accepted the key" };
  const errors = body?.errors as { details?: unknown }[] | undefined;
  const detail = typeof errors?.[0]?.details === "string" ? errors[0].details : res.statusText;
  return { ok: false, message: `Hunter refused the key (${res.status}): ${detail}` };
}

/** Apollo: GET /api/v1/auth/health, which says whether the key is logged in. */
async function checkApollo(key: string): Promise<CheckResult> {
  const url = new URL("/api/v1/auth/health", env().APOLLO_BASE_URL);
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { "x-api-key": key, "cache-control": "no-cache" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: "error",
    });
  } catch (err) {
    return unreachable("Apollo", err);
  }
  const body = await readJson(res);
  if (res.ok && body?.is_logged_in === true)
    return { ok: true, message: "Apollo accepted the key" };
  const said = [body?.error, body?.message].find((v): v is string => typeof v === "string");
  return {
    ok: false,
    message: res.ok
      ? "Apollo did not accept the key (not logged in)"
      : `Apollo refused the key (${res.status}): ${said ?? res.statusText}`,
  };
}

const CHECKS: Record<KeyProvider, (key: string) => Promise<CheckResult>> = {
  anthropic: checkAnthropic,
  hunter: checkHunter,
  apollo: checkApollo,
};

/** One call to the provider with `key`; never throws. */
export async function checkKeyWithProvider(
  provider: KeyProvider,
  key: string,
): Promise<CheckResult> {
  const result = await CHECKS[provider](key);
  return { ok: result.ok, message: clean(result.message, key) };
}
