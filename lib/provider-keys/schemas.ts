import { z } from "zod";

// Client-safe: the providers an organization may bring its own key for, and the save form.

export const KEY_PROVIDERS = ["anthropic", "hunter", "apollo"] as const;
export type KeyProvider = (typeof KEY_PROVIDERS)[number];

export const PROVIDER_LABELS: Record<KeyProvider, string> = {
  anthropic: "Anthropic (Claude scoring)",
  hunter: "Hunter (email finding and verification)",
  apollo: "Apollo (company data)",
};

export const ZKeyProviderSchema = z.enum(KEY_PROVIDERS, {
  error: `Must be one of ${KEY_PROVIDERS.join(", ")}`,
});

export const ZSaveProviderKeySchema = z.strictObject({
  provider: ZKeyProviderSchema,
  key: z
    .string({ error: "Paste the key" })
    .trim()
    .min(8, { error: "That is too short to be an API key" })
    .max(500, { error: "That is too long to be an API key (500 characters at most)" })
    .regex(/^[\x21-\x7e]+$/, { error: "An API key has no spaces or special characters" }),
});
export type SaveProviderKeyInput = z.infer<typeof ZSaveProviderKeySchema>;

/** What the settings page shows of a stored key: never the key, only its last four characters. */
export interface ProviderKeyView {
  provider: KeyProvider;
  hint: string;
  lastCheckedAt: string | null;
  lastCheckOk: boolean | null;
  lastCheckMessage: string | null;
  updatedAt: string;
}

/** The last four characters, for telling keys apart; the rest never leaves the server. */
export const keyHint = (key: string) => `…${key.slice(-4)}`;
