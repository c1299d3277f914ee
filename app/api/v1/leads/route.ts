// GET /api/v1/leads – the organization's leads, filtered, searched, sorted, cursor-paginated
import { preflight, withApiKey } from "@/lib/api";
import { listLeads } from "@/lib/leads";

export const GET = withApiKey("read", async (ctx) => {
  const page = await listLeads(ctx.claims, ctx.orgId, ctx.query);
  return ctx.ok(page.data, { nextCursor: page.next_cursor });
});

export const OPTIONS = () => preflight("GET");
