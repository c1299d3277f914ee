import { AppError } from "@/lib/errors";
import { authorize, confirmKey, forgetKey, requireScope, type ApiCaller } from "./authorize";
import { parseRequest, type ApiContract, type Parsed } from "./contract";
import { ok, okJson } from "./envelope";
import { logRequest } from "./log-request";
import { rateLimitAnonymous, rateLimitKey } from "./rate-limit";

export interface ApiContext<
  P = Record<string, never>,
  Q = Record<string, never>,
  B = undefined,
> extends ApiCaller {
  req: Request;
  requestId: string;
  url: URL;
  /** Path parameters, parsed by the contract's `params`. */
  params: P;
  /** Query parameters, parsed by the contract's `query` (none declared: none allowed). */
  query: Q;
  /** The JSON body, parsed by the contract's `body` (none declared: undefined, never read). */
  body: B;
  /** The Idempotency-Key header, when the contract is `idempotent` and the caller sent one. */
  idempotencyKey: string | undefined;
  /** The success envelope with this request's id. */
  ok: <T>(
    data: T,
    opts?: { status?: number; nextCursor?: string | null; headers?: HeadersInit },
  ) => Response;
  /** `ok` for data that is JSON text already (envelope.ts okJson). */
  okJson: (dataJson: string, opts?: { status?: number; nextCursor?: string | null }) => Response;
}

type Part<C, K extends "params" | "query" | "body", None> = C extends { [k in K]: infer D }
  ? Parsed<D>
  : None;

/** The handler's context for a contract: its parts as the contract parses them. */
export type ContextOf<C extends ApiContract> = ApiContext<
  Part<C, "params", Record<string, never>>,
  Part<C, "query", Record<string, never>>,
  Part<C, "body", undefined>
>;

type RouteContext = { params: Promise<Record<string, string>> };

/** A Bearer-key route handler, carrying its contract for the OpenAPI document. */
export type ApiRoute = ((req: Request, route?: RouteContext) => Promise<Response>) & {
  readonly contract: ApiContract;
};

/**
 * The wrapper for Bearer-key routes: logRequest → authorize → rateLimit → scope → the request
 * parsed by the contract (a 422 listing every problem) → handler → confirm the key (when no
 * transaction of the handler did).
 */
export function withApiKey<const C extends ApiContract>(
  contract: C,
  handler: (ctx: ContextOf<C>) => Promise<Response>,
): ApiRoute {
  const { scope } = contract;
  const route = (req: Request, routeCtx?: RouteContext): Promise<Response> =>
    logRequest(async (r, requestId) => {
      let caller: ApiCaller | undefined;
      let headers: Record<string, string> | undefined;
      try {
        caller = await authorize(r, scope);
        ({ headers } = await rateLimitKey(caller));
        requireScope(caller, scope);
        const url = new URL(r.url);
        const parsed = await parseRequest(contract, r, url, routeCtx ? await routeCtx.params : {});
        const res = await handler({
          ...caller,
          ...(parsed as Pick<ContextOf<C>, "params" | "query" | "body" | "idempotencyKey">),
          req: r,
          requestId,
          url,
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
  return Object.assign(route, { contract });
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
