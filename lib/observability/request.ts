import { randomUUID } from "node:crypto";
import { log, withLogContext } from "@leadscout/log";

const VALID_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** A caller-supplied X-Request-Id is kept when it looks like one; otherwise a new one is made. */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given && VALID_ID.test(given) ? given : randomUUID();
}

type Handler<C> = (req: Request, ctx: C) => Promise<Response> | Response;

/**
 * Wraps a route handler so every log line inside it carries the request id, the response echoes it
 * in X-Request-Id, and one line records method, path, status and duration.
 */
export function logRequest<C>(handler: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    const requestId = requestIdFrom(req.headers);
    const started = performance.now();
    const url = new URL(req.url);
    return withLogContext({ requestId }, async () => {
      let res: Response;
      try {
        res = await handler(req, ctx);
      } catch (err) {
        log.error("request failed", { method: req.method, path: url.pathname, err });
        res = Response.json(
          {
            success: false,
            error: { code: "internal", message: "Something went wrong on our side" },
          },
          { status: 500 },
        );
      }
      res.headers.set("x-request-id", requestId);
      log.info("request", {
        method: req.method,
        path: url.pathname,
        status: res.status,
        durationMs: Math.round(performance.now() - started),
      });
      return res;
    });
  };
}
