import { API_KEY_PREFIX, verifyApiKey, type ApiKeyPrincipal } from "@/lib/api-keys";
import type { ApiScope, JwtClaims } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface ApiCaller {
  principal: ApiKeyPrincipal;
  orgId: string;
  /** The key acts as the member who created it, so RLS still has the last word on every row. */
  claims: JwtClaims;
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

/** Resolves the key (revocation and expiry checked on every request) and the claims it acts with. */
export async function authorize(req: Request): Promise<ApiCaller> {
  const principal = await verifyApiKey(bearerKey(req));
  if (!principal.createdBy)
    throw new AppError(
      "invalid_api_key",
      "This API key's creator no longer exists; issue a new key",
    );
  return {
    principal,
    orgId: principal.orgId,
    claims: { sub: principal.createdBy, role: "authenticated" },
  };
}

/** 403 naming the missing scope; the key is valid, it just may not do this. */
export function requireScope(caller: ApiCaller, scope: ApiScope): void {
  if (!caller.principal.scopes.includes(scope))
    throw new AppError("insufficient_scope", `This API key lacks the "${scope}" scope`, {
      details: { required_scope: scope, key_scopes: caller.principal.scopes },
    });
}
