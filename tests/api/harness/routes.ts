import * as openapi from "@/app/api/v1/openapi.json/route";
import { API_V1_ROUTES } from "@/app/api/v1/registry";
import type { RouteModule } from "@/lib/openapi";

type Handler = (
  req: Request,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response> | Response;

/** `/jobs/{id}` → a pattern for `/api/v1/jobs/<id>` capturing `id`. */
function patternOf(path: string): RegExp {
  const source = path
    .split("/")
    .map((seg) =>
      /^\{\w+\}$/.test(seg)
        ? `(?<${seg.slice(1, -1)}>[^/]+)`
        : seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    )
    .join("/");
  return new RegExp(`^/api/v1${source}$`);
}

const dynamicSegments = (path: string) => path.split("{").length - 1;

// The app's /api/v1 route modules (the registry the OpenAPI document is built from, plus the
// document's own route) by path pattern, as Next's file router maps them: fewer dynamic segments
// first, so /leads/export is not /leads/{id}.
export const ROUTES: [RegExp, RouteModule][] = Object.entries({
  ...API_V1_ROUTES,
  "/openapi.json": openapi,
})
  .sort(([a], [b]) => dynamicSegments(a) - dynamicSegments(b))
  .map(([path, mod]) => [patternOf(path), mod]);

/** Dispatches a Request to the route handler Next would run; 404/405 like Next when none. */
export async function dispatch(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  for (const [pattern, mod] of ROUTES) {
    const m = pattern.exec(pathname);
    if (!m) continue;
    const handler = mod[req.method as keyof RouteModule] as Handler | undefined;
    if (!handler) return new Response(null, { status: 405 });
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.groups ?? {})) params[k] = decodeURIComponent(v);
    return handler(req, { params: Promise.resolve(params) });
  }
  return new Response(null, { status: 404 });
}
