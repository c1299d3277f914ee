// An organization's own Anthropic, Hunter and Apollo keys (docs/provider-keys.md): sealed per
// organization, shown only as a hint, checked with one cheap call; jobs use them instead of the
// platform's keys and are not charged for that provider's part.
export {
  listProviderKeys,
  providersWithOwnKey,
  saveProviderKey,
  removeProviderKey,
  checkProviderKey,
  orgKeyProviders,
  orgProviderKey,
  orgProviderKeys,
} from "./manage";
export { resealProviderKeys, type ProviderKeyResealReport } from "./reseal";
export { checkKeyWithProvider, type CheckResult } from "./check";
export {
  KEY_PROVIDERS,
  PROVIDER_LABELS,
  ZKeyProviderSchema,
  ZSaveProviderKeySchema,
  keyHint,
  type KeyProvider,
  type ProviderKeyView,
  type SaveProviderKeyInput,
} from "./schemas";
