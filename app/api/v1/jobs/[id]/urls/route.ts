// GET /api/v1/jobs/{id}/urls – the job's URLs and the state of each, a page at a time
import { parseWith, preflight, withApiKey } from "@/lib/api";
import { ZListJobUrlsApiQuerySchema } from "@/lib/api/jobs";
import { listJobUrls } from "@/lib/jobs";
import { ZIdParamsSchema } from "@/lib/api/params";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey<{ id: string }>("read", async (ctx) => {
  const { id } = parseWith(ZIdParamsSchema, ctx.params);
  const query = parseWith(ZListJobUrlsApiQuerySchema, ctx.query, "The list query is invalid");
  const page = await listJobUrls(ctx.claims, ctx.orgId, id, query);
  return ctx.ok(page.data, { nextCursor: page.next_cursor });
});

export const OPTIONS = () => preflight("GET");
