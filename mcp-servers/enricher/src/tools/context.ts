import { z } from "zod";
import type { GuardOptions } from "@leadscout/mcp-kit";
import { KEYED_PROVIDERS, keysOf, scrubError, scrubKeys, type CallKeys } from "../lib/call-keys";
import { InputError } from "../lib/enrich-company";
import type { Enricher } from "../lib/enricher";

export interface EnricherContext {
  enricher: Enricher;
}

/** Bad input the tools refuse on purpose: its message is the answer, and nothing is logged. */
export const inputErrors: GuardOptions = {
  expected: (err): err is InputError => err instanceof InputError,
};

const keyField = (provider: string) =>
  z
    .string()
    .min(8)
    .max(500)
    .regex(/^[\x21-\x7e]+$/, { error: "An API key has no spaces or control characters" })
    .optional()
    .describe(`A ${provider} API key to use for this call only, instead of the server's`);

/** The tools that call Hunter or Apollo take the caller's own keys (an organization's). */
export const callKeysFields = {
  provider_keys: z
    .strictObject({ hunter: keyField("Hunter"), apollo: keyField("Apollo") })
    .optional()
    .describe(
      "The caller's own provider keys (an organization's), used instead of the server's for this call only. Never logged or returned",
    ),
  skip_providers: z
    .array(z.enum(KEYED_PROVIDERS))
    .max(KEYED_PROVIDERS.length)
    .optional()
    .describe(
      "Paid providers not to call at all for this call, not even on the server's key (a caller that does not pay for them)",
    ),
};

export function callKeysOf(input: {
  provider_keys?: { hunter?: string; apollo?: string };
  skip_providers?: CallKeys["skip"];
}): CallKeys {
  return { keys: input.provider_keys ?? {}, skip: input.skip_providers ?? [] };
}

/**
 * Runs a tool body that may carry the caller's keys: whatever it answers or throws has them
 * removed (a provider's message or an error's stack could echo a request URL), so neither the
 * result nor the kit's error log ever holds one.
 */
export async function withoutCallKeys<T>(call: CallKeys, fn: () => Promise<T>): Promise<T> {
  const keys = keysOf(call);
  try {
    return scrubKeys(await fn(), keys);
  } catch (err) {
    throw scrubError(err, keys);
  }
}
