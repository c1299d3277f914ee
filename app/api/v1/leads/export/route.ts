// GET /api/v1/leads/export – stream matching leads as CSV (formula-safe) or a JSON array; admins and members
import { preflight, withApiKey } from "@/lib/api";
import { exportLeads } from "@/lib/leads";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

// The `read` scope, and a key whose creator is an admin or member: a viewer's key gets 403.
export const GET = withApiKey("read", async (ctx) => {
  const out = await exportLeads(ctx.claims, ctx.orgId, ctx.query);
  return new Response(out.stream, {
    headers: {
      "Content-Type": out.contentType,
      "Content-Disposition": `attachment; filename="${out.filename}"`,
    },
  });
});

export const OPTIONS = () => preflight("GET");
