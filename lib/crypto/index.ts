// Per-organization encryption of secrets at rest (AES-256-GCM, HKDF from ENCRYPTION_KEY). Every
// credential a customer hands us is stored through encryptForOrg and read through decryptForOrg;
// a new kind of stored credential also adds its re-encryption to `pnpm cli secrets rotate`.
export {
  encryptForOrg,
  decryptForOrg,
  resealForOrg,
  isSealed,
  sealedKeyId,
  DecryptionError,
} from "./org-cipher";
export {
  keyring,
  buildKeyring,
  keyId,
  encryptionKeyFilePath,
  resetKeyringForTests,
  type Keyring,
  type MasterKey,
} from "./keyring";
