import { toAppError } from "@/lib/errors";
import { log, withLogContext } from "@leadscout/log";
import { requestIdFrom } from "@/lib/observability/request";
import { errorResponse } from "./envelope";
import { headersOf } from "./rate-limit";
import { applyApiHeaders } from "./security-headers";

export type Inner = (req: Request, requestId: string) => Promise<Response>;

/**
 * The outermost layer: a request id in every log line and in X-Request-Id, security and CORS
 * headers, one access-log line, and any throw turned into the envelope (a 500 says nothing
 * internal; the cause goes to the log).
 */
export function logRequest(inner: Inner): (req: Request) => Promise<Response> {
  return (req) => {
    const requestId = requestIdFrom(req.headers);
    const started = performance.now();
    return withLogContext({ requestId }, async () => {
      let res: Response;
      try {
        res = await inner(req, requestId);
      } catch (err) {
        const appErr = toAppError(err);
        if (appErr.code === "internal")
          log.error("api.request_failed", {
            method: req.method,
            path: new URL(req.url).pathname,
            err,
          });
        res = errorResponse(appErr, requestId, headersOf(err) ?? headersOf(appErr));
      }
      applyApiHeaders(res, { "X-Request-Id": requestId });
      log.info("api.request", {
        method: req.method,
        path: new URL(req.url).pathname,
        status: res.status,
        durationMs: Math.round(performance.now() - started),
      });
      return res;
    });
  };
}
