import * as auditLog from "@/app/api/v1/audit-log/route";
import * as billing from "@/app/api/v1/billing/route";
import * as credits from "@/app/api/v1/credits/route";
import * as jobCancel from "@/app/api/v1/jobs/[id]/cancel/route";
import * as job from "@/app/api/v1/jobs/[id]/route";
import * as jobUrls from "@/app/api/v1/jobs/[id]/urls/route";
import * as jobs from "@/app/api/v1/jobs/route";
import * as lead from "@/app/api/v1/leads/[id]/route";
import * as leadsExport from "@/app/api/v1/leads/export/route";
import * as leads from "@/app/api/v1/leads/route";
import * as me from "@/app/api/v1/me/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as webhookDeliveries from "@/app/api/v1/webhooks/[id]/deliveries/route";
import * as webhookRedeliver from "@/app/api/v1/webhooks/[id]/deliveries/[delivery_id]/redeliver/route";
import * as webhookRotate from "@/app/api/v1/webhooks/[id]/rotate-secret/route";
import * as webhook from "@/app/api/v1/webhooks/[id]/route";
import * as webhookTest from "@/app/api/v1/webhooks/[id]/test/route";
import * as webhooks from "@/app/api/v1/webhooks/route";

type Handler = (
  req: Request,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response> | Response;
type RouteModule = Partial<Record<"GET" | "POST" | "PATCH" | "DELETE" | "OPTIONS", Handler>>;

// The app's /api/v1 route modules by path pattern, as Next's file router maps them (static
// segments before dynamic ones, so /leads/export is not /leads/{id}).
export const ROUTES: [RegExp, RouteModule][] = [
  [/^\/api\/v1\/jobs$/, jobs as unknown as RouteModule],
  [/^\/api\/v1\/jobs\/(?<id>[^/]+)$/, job as unknown as RouteModule],
  [/^\/api\/v1\/jobs\/(?<id>[^/]+)\/cancel$/, jobCancel as unknown as RouteModule],
  [/^\/api\/v1\/jobs\/(?<id>[^/]+)\/urls$/, jobUrls as unknown as RouteModule],
  [/^\/api\/v1\/leads$/, leads as unknown as RouteModule],
  [/^\/api\/v1\/leads\/export$/, leadsExport as unknown as RouteModule],
  [/^\/api\/v1\/leads\/(?<id>[^/]+)$/, lead as unknown as RouteModule],
  [/^\/api\/v1\/credits$/, credits as unknown as RouteModule],
  [/^\/api\/v1\/billing$/, billing as unknown as RouteModule],
  [/^\/api\/v1\/me$/, me as unknown as RouteModule],
  [/^\/api\/v1\/audit-log$/, auditLog as unknown as RouteModule],
  [/^\/api\/v1\/openapi\.json$/, openapi as unknown as RouteModule],
  [/^\/api\/v1\/webhooks$/, webhooks as unknown as RouteModule],
  [/^\/api\/v1\/webhooks\/(?<id>[^/]+)$/, webhook as unknown as RouteModule],
  [/^\/api\/v1\/webhooks\/(?<id>[^/]+)\/rotate-secret$/, webhookRotate as unknown as RouteModule],
  [/^\/api\/v1\/webhooks\/(?<id>[^/]+)\/test$/, webhookTest as unknown as RouteModule],
  [/^\/api\/v1\/webhooks\/(?<id>[^/]+)\/deliveries$/, webhookDeliveries as unknown as RouteModule],
  [
    /^\/api\/v1\/webhooks\/(?<id>[^/]+)\/deliveries\/(?<delivery_id>[^/]+)\/redeliver$/,
    webhookRedeliver as unknown as RouteModule,
  ],
];

/** Dispatches a Request to the route handler Next would run; 404/405 like Next when none. */
export async function dispatch(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  for (const [pattern, mod] of ROUTES) {
    const m = pattern.exec(pathname);
    if (!m) continue;
    const handler = mod[req.method as keyof RouteModule];
    if (!handler) return new Response(null, { status: 405 });
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.groups ?? {})) params[k] = decodeURIComponent(v);
    return handler(req, { params: Promise.resolve(params) });
  }
  return new Response(null, { status: 404 });
}
