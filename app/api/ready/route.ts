// GET /api/ready – readiness: database reachable and migrations current.
import { readiness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const result = await readiness();
  return Response.json(result, { status: result.ready ? 200 : 503 });
}
