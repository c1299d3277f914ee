import { z } from "zod";

// Client-safe: the sign-in providers the product knows, and how each is named on a button.
export const OAUTH_PROVIDERS = ["google", "github"] as const;
export type OAuthProvider = (typeof OAUTH_PROVIDERS)[number];
export const ZOAuthProviderSchema = z.enum(OAUTH_PROVIDERS);

export const OAUTH_PROVIDER_LABELS: Record<OAuthProvider, string> = {
  google: "Google",
  github: "GitHub",
};
