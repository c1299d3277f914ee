// GET /api/v1/openapi.json – the OpenAPI 3.1 document, built from the routes' contracts
import { preflight, withPublic } from "@/lib/api";
import { apiV1Document } from "../registry";

// Every request is counted against its caller's rate limit: never prerendered.
export const dynamic = "force-dynamic";

export const GET = withPublic(async () => Response.json(apiV1Document()));

export const OPTIONS = () => preflight("GET");
