// GET /api/v1/leads – the organization's leads, filtered, searched, sorted, cursor-paginated
import { preflight, withApiKey } from "@/lib/api";
import { listLeadsJson } from "@/lib/leads";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey("read", async (ctx) => {
  const page = await listLeadsJson(ctx.claims, ctx.orgId, ctx.query);
  return ctx.okJson(page.json, { nextCursor: page.next_cursor });
});

export const OPTIONS = () => preflight("GET");
