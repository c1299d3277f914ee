import { randomUUID } from "node:crypto";
import { applyApiHeaders } from "@/lib/api/security-headers";
import { clientIp, clientNetwork } from "@/lib/auth";
import { AppError, ERROR_STATUS, notFound, toAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { rateLimitHeaders, rateLimitOrAllow } from "@/lib/ratelimit";
import { readSubmission } from "./read-body";
import { ZSlugSchema } from "./schemas";
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
  // Per sender (an IPv6 /64 counts as one), then per form however many senders there are.
  const ip = clientIp(req.headers);
  let verdict = await rateLimitOrAllow("inbound_form", ip ? clientNetwork(ip) : "unknown");
  const wellFormed = ZSlugSchema.safeParse(slug).success;
  if (wellFormed && (!verdict || verdict.success))
    verdict = (await rateLimitOrAllow("inbound_form_per_form", slug)) ?? verdict;
  const limitHeaders = verdict ? rateLimitHeaders(verdict) : {};
  const fail = (e: AppError) => {
    // The slug goes back into a redirect: only a well-formed one (a made-up one is a 404 anyway).
    if (browser && e.code !== "not_found" && wellFormed)
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
  if (!wellFormed) return fail(notFound("Form"));
  if (verdict && !verdict.success) {
    return fail(
      new AppError("rate_limited", "Too many submissions right now: try again in a few minutes"),
    );
  }
  try {
    await submitInboundForm(slug, await readSubmission(req));
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
      // The same answer whether or not the submission was kept: a bot is never told that the
      // honeypot or the time check caught it.
      { ...limitHeaders, "X-Request-Id": requestId },
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
