import { createHash } from "node:crypto";

// A caller's own provider keys (an organization's, docs/provider-keys.md). The server is one
// long-lived process shared by every organization, so a key travels with each call; it is used
// for that call only, never logged, and removed from anything the call answers.

/** The paid providers a caller may bring its own key for. */
export const KEYED_PROVIDERS = ["hunter", "apollo"] as const;
export type KeyedProvider = (typeof KEYED_PROVIDERS)[number];

/** What one call brings: its own keys, and the paid providers it must not call at all. */
export interface CallKeys {
  keys?: Partial<Record<KeyedProvider, string>>;
  /** Not even on the server's key (the caller holds no credits for them). */
  skip?: readonly KeyedProvider[];
}

/** The keys a call carries, for scrubbing its answers. */
export function keysOf(call: CallKeys | undefined): string[] {
  return Object.values(call?.keys ?? {}).filter((k): k is string => Boolean(k));
}

/** A stable name for a key that is not the key: the cache partition and the client's index. */
export function keyScope(key: string): string {
  return `k.${createHash("sha256").update(key).digest("base64url").slice(0, 32)}`;
}

/**
 * One value per key (a client with its own rate limiter and circuit breaker), indexed by the
 * key's hash so the index never holds the key; the least recently used goes when `max` is reached.
 */
export function perKey<T>(
  create: (key: string, scope: string) => T,
  max = 200,
): (key: string) => T {
  const byScope = new Map<string, T>();
  return (key) => {
    const scope = keyScope(key);
    let value = byScope.get(scope);
    if (value !== undefined) byScope.delete(scope);
    else {
      value = create(key, scope);
      if (byScope.size >= max) byScope.delete(byScope.keys().next().value!);
    }
    byScope.set(scope, value);
    return value;
  };
}

function scrubString(s: string, keys: readonly string[]): string {
  let out = s;
  for (const key of keys) {
    out = out.split(key).join("[key]");
    const encoded = encodeURIComponent(key);
    if (encoded !== key) out = out.split(encoded).join("[key]");
  }
  return out;
}

/** `value` with every occurrence of the keys (plain or URL-encoded) replaced by "[key]". */
export function scrubKeys<T>(value: T, keys: readonly string[]): T {
  if (!keys.length) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return scrubString(v, keys);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/**
 * An error safe to log and answer with: the same class name and message with the keys removed,
 * and no cause (a provider's error object may hold the request URL, Hunter's carrying the key).
 */
export function scrubError(err: unknown, keys: readonly string[]): unknown {
  if (!keys.length || !(err instanceof Error)) return err;
  const clean = Object.create(Object.getPrototypeOf(err) as object) as Error;
  clean.name = err.name;
  clean.message = scrubString(err.message, keys);
  clean.stack = err.stack === undefined ? undefined : scrubString(err.stack, keys);
  return clean;
}
