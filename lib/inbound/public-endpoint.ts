import { randomUUID } from "node:crypto";
import { applyApiHeaders } from "@/lib/api/security-headers";
import { clientIp } from "@/lib/auth";
import { AppError, ERROR_STATUS, toAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { rateLimitHeaders, rateLimitOrAllow } from "@/lib/ratelimit";
import { readSubmission } from "./read-body";
import { sealErrors } from "./signing";
import { submitInboundForm } from "./submit";

/**
 * POST /api/public/forms/{slug}: no key, no session. Counted per IP first (before the body is
 * read), then read with a size cap, checked and saved (lib/inbound/submit.ts). Answers in the
 * API's envelope; a browser posting the hosted page without JavaScript (it asks for HTML) is sent
 * back to the page instead: to its thank-you state, or with the errors to show.
 */
export async function handlePublicSubmission(req: Request, slug: string): Promise<Response> {
  const requestId = randomUUID();
  const browser = wantsHtml(req);
  const verdict = await rateLimitOrAllow("inbound_form", clientIp(req.headers) ?? "unknown");
  const limitHeaders = verdict ? rateLimitHeaders(verdict) : {};
  const fail = (e: AppError) => {
    if (browser && e.code !== "not_found")
      return back(req, slug, { errors: e.fields ?? { _: [e.message] } });
    return applyApiHeaders(
      Response.json(
        {
          success: false,
          data: null,
          error: { code: e.code, message: e.message, ...(e.fields && { fields: e.fields }) },
          meta: { request_id: requestId },
        },
        { status: ERROR_STATUS[e.code] },
      ),
      { ...limitHeaders, "X-Request-Id": requestId },
    );
  };
  if (verdict && !verdict.success) {
    return fail(
      new AppError(
        "rate_limited",
        "Too many submissions from your network: try again in a few minutes",
      ),
    );
  }
  try {
    const result = await submitInboundForm(slug, await readSubmission(req));
    if (browser) return back(req, slug, { sent: true });
    return applyApiHeaders(
      Response.json(
        {
          success: true,
          data: { received: true },
          error: null,
          meta: { request_id: requestId },
        },
        { status: 202 },
      ),
      { ...limitHeaders, "X-Request-Id": requestId, "X-Submission": result.status },
    );
  } catch (err) {
    const e = toAppError(err);
    if (e.code === "internal") log.error("inbound.submit_failed", { err, slug, requestId });
    return fail(e);
  }
}

/** A plain HTML form post (no JavaScript): the browser asked for a page, not JSON. */
function wantsHtml(req: Request): boolean {
  const accept = req.headers.get("accept") ?? "";
  return accept.includes("text/html") && !accept.includes("application/json");
}

function back(
  req: Request,
  slug: string,
  state: { sent: true } | { errors: Record<string, string[]> },
): Response {
  const url = new URL(`/f/${slug}`, req.url);
  if ("sent" in state) url.searchParams.set("sent", "1");
  else url.searchParams.set("errors", sealErrors(state.errors));
  return new Response(null, { status: 303, headers: { location: url.pathname + url.search } });
}
