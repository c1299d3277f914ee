export { generateApiKey, apiKeyHint, API_KEY_PATTERN, API_KEY_PREFIX } from "./generate";
export { hashApiKey, apiKeyHashSecret, secretFilePath } from "./hash";
export {
  createApiKey,
  listApiKeys,
  revokeApiKey,
  verifyApiKey,
  verifyApiKeyHash,
} from "./api-keys";
export {
  API_SCOPES,
  ZCreateApiKeySchema,
  ZApiScopeSchema,
  type ApiScope,
  type CreateApiKeyInput,
} from "./schemas";
export type { ApiKeySummary, ApiKeyPrincipal } from "./types";
