// GET /api/ready – readiness: database reachable and migrations current.
import { readiness } from "@/lib/health/readiness";
import { logRequest } from "@/lib/observability/request";

export const dynamic = "force-dynamic";

export const GET = logRequest(async () => {
  const result = await readiness();
  return Response.json(result, { status: result.ready ? 200 : 503 });
});
