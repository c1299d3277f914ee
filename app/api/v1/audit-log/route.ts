// GET /api/v1/audit-log – the organization's audit log, newest first (keys of admins only)
import { preflight, withApiKey } from "@/lib/api";
import { listAuditLog } from "@/lib/audit";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey("read", async (ctx) => {
  const page = await listAuditLog(ctx.claims, ctx.orgId, ctx.query);
  return ctx.ok(page.data, { nextCursor: page.next_cursor });
});

export const OPTIONS = () => preflight("GET");
