import type { ApiScope } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize, confirmKey, forgetKey, requireScope, type ApiCaller } from "./authorize";
import { readJsonBody } from "./body";
import { ok, okJson } from "./envelope";
import { logRequest } from "./log-request";
import { queryObject } from "./parse";
import { rateLimitAnonymous, rateLimitKey } from "./rate-limit";

export interface ApiContext<P> extends ApiCaller {
  req: Request;
  requestId: string;
  url: URL;
  params: P;
  /** Query parameters as an object (repeated ones as arrays) for a strict schema. */
  query: Record<string, string | string[]>;
  /** The JSON body, at most 1 MB. */
  body: () => Promise<unknown>;
  /** The success envelope with this request's id. */
  ok: <T>(
    data: T,
    opts?: { status?: number; nextCursor?: string | null; headers?: HeadersInit },
  ) => Response;
  /** `ok` for data that is JSON text already (envelope.ts okJson). */
  okJson: (dataJson: string, opts?: { status?: number; nextCursor?: string | null }) => Response;
}

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (ctx: ApiContext<P>) => Promise<Response>;

/**
 * The wrapper for Bearer-key routes: logRequest → authorize → rateLimit → scope → handler →
 * confirm the key (when no transaction of the handler did).
 */
export function withApiKey<P = Record<string, never>>(scope: ApiScope, handler: Handler<P>) {
  return (req: Request, route?: RouteContext<P>): Promise<Response> =>
    logRequest(async (r, requestId) => {
      let caller: ApiCaller | undefined;
      let headers: Record<string, string> | undefined;
      try {
        caller = await authorize(r, scope);
        ({ headers } = await rateLimitKey(caller));
        requireScope(caller, scope);
        const url = new URL(r.url);
        const res = await handler({
          ...caller,
          req: r,
          requestId,
          url,
          params: (route ? await route.params : {}) as P,
          query: queryObject(url),
          body: () => readJsonBody(r),
          ok: (data, opts) => ok(requestId, data, opts),
          okJson: (dataJson, opts) => okJson(requestId, dataJson, opts),
        });
        // Whatever the handler did, this request's key was checked in the database.
        await confirmKey(caller);
        for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
        return res;
      } catch (err) {
        throw Object.assign(await refusal(r, caller, err), headers && { headers });
      }
    })(req);
}

/**
 * The error a refused request answers with. A key refused as invalid is forgotten and the request
 * counts against the per-IP anonymous limit, so guessing keys is limited too. Any other error
 * stands, unless the key itself turns out to be no longer valid: then the answer is the 401.
 */
async function refusal(req: Request, caller: ApiCaller | undefined, err: unknown) {
  let refused = err;
  // A 429 is answered without a round trip: over-limit requests must stay cheap.
  const settled = err instanceof AppError && (err.status === 401 || err.code === "rate_limited");
  if (caller && !settled)
    refused = await confirmKey(caller).then(
      () => err,
      (keyErr: unknown) => keyErr,
    );
  if (!(refused instanceof AppError)) return refused as object;
  if (caller && (refused.code === "invalid_api_key" || refused.code === "insufficient_scope"))
    forgetKey(caller.session.keyHash);
  if (refused.status === 401) {
    const { headers } = await rateLimitAnonymous(req);
    return Object.assign(refused, { headers });
  }
  return refused;
}

/** The wrapper for public routes (the spec): per-IP limit, same envelope and headers. */
export function withPublic(
  handler: (ctx: { req: Request; requestId: string }) => Promise<Response>,
) {
  return (req: Request): Promise<Response> =>
    logRequest(async (r, requestId) => {
      const { headers } = await rateLimitAnonymous(r);
      const res = await handler({ req: r, requestId });
      for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
      return res;
    })(req);
}
