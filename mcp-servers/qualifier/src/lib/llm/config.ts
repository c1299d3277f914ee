import { z } from "zod";

// Claude is used only when ANTHROPIC_API_KEY is set; everything else has a default. Parsed once
// at start-up so a typo in a number fails loudly instead of silently becoming NaN.

export const DEFAULT_MODEL = "claude-sonnet-5-5";

const int = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

export const ZLlmEnvSchema = z.object({
  ANTHROPIC_API_KEY: z.string().min(1).optional(),
  ANTHROPIC_BASE_URL: z.url().optional(),
  ANTHROPIC_MODEL: z.string().min(1).default(DEFAULT_MODEL),
  QUALIFIER_LLM_TIMEOUT_MS: int(30_000, 100, 600_000),
  QUALIFIER_LLM_MAX_RETRIES: int(2, 0, 10),
  /** A retry-after longer than this is not waited for: the lead falls back to rules instead. */
  QUALIFIER_LLM_MAX_RETRY_AFTER_MS: int(20_000, 0, 600_000),
  QUALIFIER_LLM_BATCH_SIZE: int(5, 1, 20),
  QUALIFIER_LLM_CONCURRENCY: int(4, 1, 32),
  QUALIFIER_BREAKER_THRESHOLD: int(5, 1, 1000),
  QUALIFIER_BREAKER_COOLDOWN_MS: int(30_000, 0, 3_600_000),
});

export interface LlmConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  maxRetryAfterMs: number;
  batchSize: number;
  concurrency: number;
  breakerThreshold: number;
  breakerCooldownMs: number;
}

/** Everything about calling Claude except the key: also used for an organization's own key. */
export type LlmSettings = Omit<LlmConfig, "apiKey">;

/** The Claude settings (defaults where unset); the key is the server's own, if any. */
export function llmSettingsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): LlmSettings & { apiKey?: string } {
  const blankToUndefined = Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, v === "" ? undefined : v]),
  );
  const e = ZLlmEnvSchema.parse(blankToUndefined);
  return {
    ...(e.ANTHROPIC_API_KEY ? { apiKey: e.ANTHROPIC_API_KEY } : {}),
    baseURL: e.ANTHROPIC_BASE_URL,
    model: e.ANTHROPIC_MODEL,
    timeoutMs: e.QUALIFIER_LLM_TIMEOUT_MS,
    maxRetries: e.QUALIFIER_LLM_MAX_RETRIES,
    maxRetryAfterMs: e.QUALIFIER_LLM_MAX_RETRY_AFTER_MS,
    batchSize: e.QUALIFIER_LLM_BATCH_SIZE,
    concurrency: e.QUALIFIER_LLM_CONCURRENCY,
    breakerThreshold: e.QUALIFIER_BREAKER_THRESHOLD,
    breakerCooldownMs: e.QUALIFIER_BREAKER_COOLDOWN_MS,
  };
}

/** The Claude settings, or undefined when no API key is configured (rules only). */
export function llmConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LlmConfig | undefined {
  const { apiKey, ...settings } = llmSettingsFromEnv(env);
  return apiKey ? { ...settings, apiKey } : undefined;
}
