// POST /api/public/forms/:slug – a prospect's submission of an inbound form (no key, no session)
import { preflight } from "@/lib/api";
import { handlePublicSubmission } from "@/lib/inbound";

export const dynamic = "force-dynamic";

export function POST(req: Request, ctx: { params: Promise<{ slug: string }> }) {
  return ctx.params.then(({ slug }) => handlePublicSubmission(req, slug));
}

export function OPTIONS() {
  return preflight("POST");
}
