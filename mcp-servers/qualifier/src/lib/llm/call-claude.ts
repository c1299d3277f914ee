import Anthropic from "@anthropic-ai/sdk";
import { isOpenCircuit, type Breaker } from "@leadscout/resilience";
import type { LlmConfig } from "./config";

// One Messages API call with our own retry policy rather than the SDK's: we honour retry-after
// only up to a budget (a lead is better scored by rules now than by Claude in ten minutes), do not
// retry a timeout (it already spent the caller's patience), and feed the circuit breaker.

export class LlmFailure extends Error {}

const RETRYABLE = (status: number) =>
  status === 408 || status === 409 || status === 429 || status >= 500;

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = headers?.get("retry-after-ms");
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers?.get("retry-after");
  if (!value) return undefined;
  if (Number.isFinite(Number(value))) return Math.max(0, Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function backoffMs(attempt: number): number {
  return Math.min(8000, 500 * 2 ** attempt) * (1 - Math.random() * 0.25);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createClaudeClient(config: LlmConfig): Anthropic {
  return new Anthropic({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    maxRetries: 0,
    timeout: config.timeoutMs,
  });
}

export async function callClaude(
  client: Anthropic,
  params: Anthropic.MessageCreateParamsNonStreaming,
  config: LlmConfig,
  breaker: Breaker,
): Promise<Anthropic.Message> {
  try {
    // One call, its retries included, is one success or one failure for the breaker.
    return await breaker.execute(() => callWithRetries(client, params, config));
  } catch (err) {
    if (isOpenCircuit(err))
      throw new LlmFailure("circuit breaker open after repeated Claude failures");
    throw err;
  }
}

async function callWithRetries(
  client: Anthropic,
  params: Anthropic.MessageCreateParamsNonStreaming,
  config: LlmConfig,
): Promise<Anthropic.Message> {
  let lastProblem = "";
  for (let attempt = 0; attempt <= config.maxRetries; attempt++) {
    try {
      return await client.messages.create(params, {
        timeout: config.timeoutMs,
        maxRetries: 0,
      });
    } catch (err) {
      if (err instanceof Anthropic.APIConnectionTimeoutError)
        throw new LlmFailure(`Claude timed out after ${config.timeoutMs} ms`);
      if (err instanceof Anthropic.APIError && err.status !== undefined && !RETRYABLE(err.status))
        throw new LlmFailure(`Claude API error ${err.status}: ${err.apiMessage ?? err.message}`);
      const status = err instanceof Anthropic.APIError ? err.status : undefined;
      lastProblem = status
        ? `Claude API error ${status}`
        : `Claude unreachable: ${err instanceof Error ? err.message : String(err)}`;
      if (attempt === config.maxRetries) break;
      const asked = err instanceof Anthropic.APIError ? retryAfterMs(err.headers) : undefined;
      if (asked !== undefined && asked > config.maxRetryAfterMs)
        throw new LlmFailure(
          `${lastProblem}: retry-after ${Math.ceil(asked / 1000)} s exceeds the ${config.maxRetryAfterMs} ms budget`,
        );
      await sleep(asked ?? backoffMs(attempt));
    }
  }
  throw new LlmFailure(`${lastProblem} after ${config.maxRetries + 1} attempts`);
}
