// GET/POST/PUT /api/inngest – Inngest's serve endpoint (sync, introspection, step execution) for
// Inngest Cloud or a self-hosted `inngest start`, which sign their requests. Closed (404) in the
// embedded default, whose executor calls the same handler in process.
import type { NextRequest } from "next/server";
import { inngestHandler, publicServeOpen } from "@/inngest/serve";

export const dynamic = "force-dynamic";

type Handler = (req: NextRequest, ctx: unknown) => Promise<Response>;

function openOnlyWhenSigned(handler: Handler): Handler {
  return (req, ctx) =>
    publicServeOpen()
      ? handler(req, ctx)
      : Promise.resolve(Response.json({ error: "not found" }, { status: 404 }));
}

export const GET = openOnlyWhenSigned(inngestHandler.GET);
export const POST = openOnlyWhenSigned(inngestHandler.POST);
export const PUT = openOnlyWhenSigned(inngestHandler.PUT);
