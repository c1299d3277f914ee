import { API_KEY_PREFIX, hashApiKey, verifyApiKeyHash, type ApiKeyPrincipal } from "@/lib/api-keys";
import { apiKeyClaims, type ApiKeySession, type ApiScope, type JwtClaims } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface ApiCaller {
  principal: ApiKeyPrincipal;
  orgId: string;
  /** The key acts as the member who created it, so RLS still has the last word on every row. */
  claims: JwtClaims;
  /** The key as this request's transactions check it (lib/db apiKeyClaims). */
  session: ApiKeySession;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;
// A key we issue: the prefix and base62. Anything else is refused without a database round trip.
const KEY_SHAPE = new RegExp(`^${API_KEY_PREFIX}[0-9A-Za-z]{32,}$`);

/** The presented key from `Authorization: Bearer …`, or a 401 saying what is wrong with it. */
export function bearerKey(req: Request): string {
  const header = req.headers.get("authorization");
  if (!header)
    throw new AppError("missing_api_key", "Send your API key as `Authorization: Bearer ls_live_…`");
  const m = BEARER.exec(header);
  if (!m || !KEY_SHAPE.test(m[1]!))
    throw new AppError(
      "malformed_api_key",
      "The Authorization header must be `Bearer ` followed by a key starting with ls_live_",
    );
  return m[1]!;
}

// Keys this process verified lately, by hash: who they are (for the rate limit and the
// organization) without a round trip. Never whether they are still valid: every request checks
// that in the database, in its own transactions (public.api_key_session) or, when it ran none,
// with confirmKey below. A refused key is forgotten at once.
const KNOWN_TTL_MS = 60_000;
const KNOWN_MAX = 10_000;
const known = new Map<string, { principal: ApiKeyPrincipal; until: number }>();

export function forgetKey(keyHash: string): void {
  known.delete(keyHash);
}

/**
 * Resolves the key for an endpoint that needs `scope`: from the keys verified lately, or with a
 * round trip for a key this process has not seen within a minute.
 */
export async function authorize(req: Request, scope: ApiScope): Promise<ApiCaller> {
  const keyHash = hashApiKey(bearerKey(req));
  const now = Date.now();
  const hit = known.get(keyHash);
  let principal: ApiKeyPrincipal;
  let verified = false;
  if (hit && hit.until > now) principal = hit.principal;
  else {
    principal = await verifyApiKeyHash(keyHash);
    verified = true;
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(keyHash, { principal, until: now + KNOWN_TTL_MS });
  }
  if (!principal.createdBy)
    throw new AppError(
      "invalid_api_key",
      "This API key's creator no longer exists; issue a new key",
    );
  const { claims, session } = apiKeyClaims(principal.createdBy, { keyHash, scope }, verified);
  return { principal, orgId: principal.orgId, claims, session };
}

/** For a request whose handler ran no transaction with its claims: check the key now. */
export async function confirmKey(caller: ApiCaller): Promise<void> {
  if (caller.session.verified) return;
  try {
    await verifyApiKeyHash(caller.session.keyHash);
  } catch (err) {
    forgetKey(caller.session.keyHash);
    throw err;
  }
  caller.session.verified = true;
}

/** 403 naming the missing scope; the key is valid, it just may not do this. */
export function requireScope(caller: ApiCaller, scope: ApiScope): void {
  if (!caller.principal.scopes.includes(scope))
    throw new AppError("insufficient_scope", `This API key lacks the "${scope}" scope`, {
      details: { required_scope: scope, key_scopes: caller.principal.scopes },
    });
}
