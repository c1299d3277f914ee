import type { z } from "zod";
import { schemaOf, type ApiContract, type OpenApiMeta } from "@/lib/api";
import type { ApiScope } from "@/lib/db";

// The /api/v1 operations, read off the route handlers: each withApiKey handler carries the
// contract it was declared with (app/api/v1/**/route.ts), and app/api/v1/registry.ts lists the
// route modules by path. Nothing here is written by hand per endpoint.

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** A route module as Next loads it: its exported handlers by method. */
export type RouteModule = Partial<Record<HttpMethod | "OPTIONS", unknown>>;

export interface Operation extends OpenApiMeta {
  method: Lowercase<HttpMethod>;
  /** The path below /api/v1, with {param} segments, e.g. /jobs/{id}. */
  path: string;
  scope: ApiScope;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  idempotent?: boolean;
}

/** The contract a handler carries, if it is a withApiKey route. */
export function contractOf(handler: unknown): ApiContract | undefined {
  return typeof handler === "function" && "contract" in handler
    ? (handler.contract as ApiContract)
    : undefined;
}

/** Every operation of the given route modules (path → module), in that order. */
export function operationsOf(routes: Record<string, RouteModule>): Operation[] {
  const out: Operation[] = [];
  for (const [path, mod] of Object.entries(routes))
    for (const method of HTTP_METHODS) {
      const c = contractOf(mod[method]);
      if (!c) continue;
      out.push({
        ...c.openapi,
        method: method.toLowerCase() as Lowercase<HttpMethod>,
        path,
        scope: c.scope,
        params: schemaOf(c.params),
        query: schemaOf(c.query),
        body: schemaOf(c.body),
        idempotent: c.idempotent,
      });
    }
  return out;
}
