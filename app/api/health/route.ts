// GET /api/health – liveness: the process answers.
import { logRequest } from "@/lib/observability/request";

export const dynamic = "force-dynamic";

export const GET = logRequest(() =>
  Response.json({ status: "ok", time: new Date().toISOString() }),
);
