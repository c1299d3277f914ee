import { randomInt } from "node:crypto";

export const API_KEY_PREFIX = "ls_live_";
export const API_KEY_BODY_LENGTH = 40;
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** The exact shape of a key we issue; anything else is rejected before touching the database. */
export const API_KEY_PATTERN = new RegExp(`^${API_KEY_PREFIX}[0-9A-Za-z]{${API_KEY_BODY_LENGTH}}$`);

/**
 * A new plaintext key: the prefix and 40 base62 characters (~238 bits). crypto.randomInt draws
 * each character uniformly (it rejection-samples internally), so there is no modulo bias.
 */
export function generateApiKey(): string {
  let body = "";
  for (let i = 0; i < API_KEY_BODY_LENGTH; i++) body += BASE62[randomInt(BASE62.length)];
  return API_KEY_PREFIX + body;
}

/** What lists show instead of the key: enough to recognise it, far too little to use it. */
export function apiKeyHint(key: string): string {
  return `${API_KEY_PREFIX}…${key.slice(-4)}`;
}
