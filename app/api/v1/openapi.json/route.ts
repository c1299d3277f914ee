// GET /api/v1/openapi.json – the OpenAPI 3.1 document, generated from the request schemas
import { preflight, withPublic } from "@/lib/api";
import { openApiDocument } from "@/lib/openapi";

// Every request is counted against its caller's rate limit: never prerendered.
export const dynamic = "force-dynamic";

export const GET = withPublic(async () => Response.json(openApiDocument()));

export const OPTIONS = () => preflight("GET");
