import type { ApiScope } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize, requireScope, type ApiCaller } from "./authorize";
import { readJsonBody } from "./body";
import { ok } from "./envelope";
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
}

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (ctx: ApiContext<P>) => Promise<Response>;

/**
 * The wrapper for Bearer-key routes: logRequest → authorize → rateLimit → scope → handler.
 * A request whose key is missing or wrong is counted against the per-IP anonymous policy, so
 * guessing keys is limited too.
 */
export function withApiKey<P = Record<string, never>>(scope: ApiScope, handler: Handler<P>) {
  return (req: Request, route?: RouteContext<P>): Promise<Response> =>
    logRequest(async (r, requestId) => {
      let caller: ApiCaller;
      try {
        caller = await authorize(r);
      } catch (err) {
        if (err instanceof AppError && err.status === 401) {
          const { headers } = await rateLimitAnonymous(r);
          throw Object.assign(err, { headers });
        }
        throw err;
      }
      const { headers } = await rateLimitKey(caller);
      try {
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
        });
        for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
        return res;
      } catch (err) {
        throw Object.assign(err as object, { headers });
      }
    })(req);
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
